// The run history (GET /runs, newest first): one link reopens a run, two picks show two
// runs side by side.

import { el, getJson, num } from './util.js';

const picks = [];

export async function loadHistory() {
	const data = await getJson('/runs');
	return Array.isArray(data?.runs) ? data : null;
}

function time(startedAt) {
	const date = startedAt ? new Date(startedAt) : null;
	return date && !Number.isNaN(date.getTime()) ? date.toLocaleTimeString('en-GB') : '';
}

function syncButton(button) {
	button.disabled = picks.length !== 2;
	button.textContent = picks.length === 2 ? 'Show the two side by side' : `Pick two runs to compare (${picks.length} of 2)`;
}

/** Fills the history list; the button opens the two picked runs side by side. */
export function renderHistory(panel, data) {
	const list = panel.querySelector('.history-list');
	const button = panel.querySelector('.side-by-side');
	const ids = new Set(data.runs.map((run) => run.run_id));
	picks.splice(0, picks.length, ...picks.filter((id) => ids.has(id)));
	list.replaceChildren(...data.runs.map((run) => {
		const id = String(run.run_id);
		const pick = el('input', { type: 'checkbox', class: 'pick', value: id, checked: picks.includes(id), 'aria-label': `Pick run ${id} to compare` });
		pick.addEventListener('change', () => {
			if (pick.checked) {
				picks.push(id);
				if (picks.length > 2) {
					const dropped = picks.shift();
					const other = list.querySelector(`input.pick[value="${CSS.escape(dropped)}"]`);
					if (other) {
						other.checked = false;
					}
				}
			}
			else {
				picks.splice(picks.indexOf(id), 1);
			}
			syncButton(button);
		});
		const duration = run.duration != null ? `${num(run.duration)} s` : '';
		return el('li', { class: 'history-run', 'data-run-id': id },
			el('a', { class: 'run', href: `#/runs/${encodeURIComponent(id)}` },
				el('span', { class: 'run-name', text: `${run.experiment}/${run.method}` }),
				el('span', { class: 'run-meta', text: [run.status, duration, time(run.started_at)].filter(Boolean).join(' · ') })),
			pick);
	}));
	panel.querySelector('.history-kept').textContent = data.kept != null ? `the lab keeps the last ${num(data.kept)}` : '';
	button.onclick = () => {
		if (picks.length === 2) {
			location.hash = `#/compare/${picks.map(encodeURIComponent).join('/')}`;
		}
	};
	syncButton(button);
	panel.hidden = false;
}

export async function loadRun(id) {
	return getJson(`/runs/${encodeURIComponent(id)}`);
}
