// Thread-state lanes: what each worker was doing (running, blocked on a lock, waiting),
// on the same time axis as the timeline, as JDK Mission Control draws its thread lanes.

import { axisMarkup, esc, laneHeight, laneLabel, natural } from './util.js';

export const STATE_COLOURS = {
	NEW: '#a0c4e8',
	RUNNABLE: '#59a14f',
	BLOCKED: '#e15759',
	WAITING: '#f28e2b',
	TIMED_WAITING: '#d4a514',
	TERMINATED: '#8c8c8c',
};

// A hatch as well as a colour, so that waiting and blocked differ without colour too.
const HATCH = { BLOCKED: 'cross', WAITING: 'diagonal', TIMED_WAITING: 'dots' };

let patterns = 0;

function defs(id) {
	return `<defs>
<pattern id="${id}-cross" width="6" height="6" patternUnits="userSpaceOnUse"><path d="M0 0L6 6M6 0L0 6" class="hatch"/></pattern>
<pattern id="${id}-diagonal" width="6" height="6" patternUnits="userSpaceOnUse"><path d="M0 6L6 0" class="hatch"/></pattern>
<pattern id="${id}-dots" width="5" height="5" patternUnits="userSpaceOnUse"><circle cx="2.5" cy="2.5" r="1" class="hatch-dot"/></pattern>
</defs>`;
}

export function statesEnd(states) {
	let max = 0;
	for (const worker of states?.workers ?? []) {
		for (const span of worker.spans ?? []) {
			max = Math.max(max, span.end_ms ?? 0);
		}
	}
	return max;
}

function legend(seen) {
	return `<ul class="legend">${Object.entries(STATE_COLOURS)
		.filter(([state]) => seen.has(state))
		.map(([state, fill]) => `<li data-legend-state="${state}" data-color="${fill}"><svg class="swatch" width="14" height="14" aria-hidden="true"><rect width="14" height="14" fill="${fill}"/>${HATCH[state] ? `<rect width="14" height="14" fill="url(#legend-${HATCH[state]})"/>` : ''}</svg>${state}</li>`)
		.join('')}</ul>`;
}

/** The legend's hatches, once for the page (index.html holds the element). */
export function installLegendDefs(svg) {
	svg.innerHTML = defs('legend');
}

/** The thread-state section as markup, or a line saying why there is none. */
export function statesMarkup(states, scale) {
	if (!states) {
		return '';
	}
	if (states.skipped || !Array.isArray(states.workers)) {
		return `<h3>Thread states</h3><p class="skipped">Not recorded: ${esc(states.skipped ?? 'no workers')}</p>`;
	}
	const id = `states-${++patterns}`;
	const workers = [...states.workers].sort((a, b) => natural(a.worker, b.worker));
	const height = Math.max(laneHeight(workers.length), 4);
	const gap = height >= 10 ? 4 : 1;
	const top = 22;
	const svgHeight = top + workers.length * height + 6;
	const seen = new Set();
	let svg = `<svg class="chart states" width="${scale.width}" height="${svgHeight}" role="group" aria-label="Thread states of ${workers.length} workers">${defs(id)}`;
	svg += axisMarkup(scale, top, svgHeight - 4);
	let first = true;
	workers.forEach((worker, i) => {
		const y = top + i * height + gap / 2;
		if (height >= 10) {
			svg += laneLabel(String(worker.worker), scale.left, top + i * height + height / 2, height);
		}
		svg += `<g class="state-lane" data-worker="${esc(worker.worker)}">`;
		for (const span of worker.spans ?? []) {
			seen.add(span.state);
			const x = scale.x(span.start_ms);
			const w = Math.max(1, scale.x(span.end_ms) - x);
			const fill = STATE_COLOURS[span.state] ?? '#999';
			const lock = span.lock ? ` data-lock="${esc(span.lock)}"` : '';
			svg += `<rect class="state" tabindex="${first ? 0 : -1}" data-worker="${esc(worker.worker)}" data-state="${esc(span.state)}" data-start="${span.start_ms}" data-end="${span.end_ms}"${lock} x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${height - gap}" fill="${fill}" aria-label="${esc(worker.worker)} ${esc(span.state)} ${span.start_ms} to ${span.end_ms} ms${span.lock ? `, waits for ${esc(span.lock)}` : ''}"/>`;
			if (HATCH[span.state]) {
				svg += `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${height - gap}" fill="url(#${id}-${HATCH[span.state]})" pointer-events="none"/>`;
			}
			first = false;
		}
		svg += '</g>';
	});
	svg += '</svg>';
	const source = states.source === 'sampling'
		? `sampled every ${esc(states.sampled_every_ms ?? '?')} ms` : `from ${esc(states.source === 'jfr' ? 'JFR events' : states.source ?? 'the JVM')}`;
	return `<h3>Thread states <small>${workers.length} workers, ${source}</small></h3>${legend(seen)}<div class="chart-scroll">${svg}</div>`;
}
