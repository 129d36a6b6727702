// What a run shows while it runs: tasks done, time spent against the deadline, and the
// timeline's bars as the tasks end.

import { drawCharts } from './report.js';
import { attachChart } from './tooltip.js';
import { el, ms, num } from './util.js';

/** A live view in the container; its methods take the stream's events. */
export function liveView(container, label) {
	const box = el('section', { class: 'live', 'aria-label': `Running ${label}` });
	box.innerHTML = `<h2>Running <span class="live-name"></span></h2>
<p class="live-status"><span class="live-tasks">0 tasks done</span> · <span class="live-elapsed">0 ms</span></p>
<div class="deadline" role="progressbar" aria-label="Time spent of the deadline" aria-valuemin="0"><span class="deadline-fill"></span></div>
<section class="charts"><div class="timeline-section"></div><div class="tracks-section"></div><div class="states-section"></div></section>`;
	box.querySelector('.live-name').textContent = label;
	container.replaceChildren(box);
	const charts = box.querySelector('.charts');
	attachChart(charts);
	const state = { entries: [], completed: 0, elapsed: 0, deadline: null, heard: false };
	const began = performance.now();
	let pending = null;

	function paint() {
		pending = null;
		const done = Math.max(state.completed, state.entries.length);
		box.querySelector('.live-tasks').textContent = `${num(done)} task${done === 1 ? '' : 's'} done`;
		box.querySelector('.live-elapsed').textContent = state.deadline
			? `${ms(Math.round(state.elapsed))} of a ${ms(state.deadline)} deadline` : ms(Math.round(state.elapsed));
		const bar = box.querySelector('.deadline');
		bar.hidden = !state.deadline;
		if (state.deadline) {
			const share = Math.min(1, state.elapsed / state.deadline);
			bar.setAttribute('aria-valuemax', state.deadline);
			bar.setAttribute('aria-valuenow', Math.round(state.elapsed));
			box.querySelector('.deadline-fill').style.width = `${(share * 100).toFixed(1)}%`;
		}
		drawCharts(charts, { timeline: state.entries, completed_tasks: done, timeline_truncated: false }, { running: true, elapsed: state.elapsed });
	}

	function schedule() {
		pending ??= setTimeout(paint, 150);
	}

	// Until the lab says how long the run has taken, the page's own clock does.
	const clock = setInterval(() => {
		if (!state.heard) {
			state.elapsed = performance.now() - began;
			schedule();
		}
	}, 200);
	paint();

	return {
		started(data) {
			state.deadline = data.deadline_ms ?? null;
			if (data.run_id) {
				box.dataset.runId = data.run_id;
			}
			schedule();
		},
		task(entry) {
			state.entries.push(entry);
			schedule();
		},
		progress(data) {
			state.heard = true;
			state.completed = data.completed_tasks ?? state.completed;
			state.elapsed = data.elapsed_ms ?? state.elapsed;
			schedule();
		},
		stop() {
			clearInterval(clock);
			clearTimeout(pending);
		},
	};
}
