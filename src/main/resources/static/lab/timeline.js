// The timeline: one lane per worker, one bar per task on a time axis in ms, virtual threads
// coloured by the carrier they ran on. Built as one string of SVG, set in one go.

import { axisMarkup, esc, laneHeight, laneLabel, natural, num } from './util.js';

const CARRIER_COLOURS = ['#4e79a7', '#f28e2b', '#e15759', '#59a14f', '#b07aa1', '#17becf', '#edc948', '#ff9da7', '#bcbd22', '#76b7b2'];

export const PLATFORM_COLOUR = '#7c8a9e';

export const PROCESS_COLOUR = '#a47148';

export const LABEL_WIDTH = 150;

/** Every carrier's colour, in natural order of the carriers' names. */
export function carrierColours(entries) {
	const carriers = [...new Set(entries.filter((e) => e.carrier).map((e) => e.carrier))].sort(natural);
	return new Map(carriers.map((carrier, i) => [carrier, CARRIER_COLOURS[i % CARRIER_COLOURS.length]]));
}

function colour(entry, carriers) {
	if (entry.carrier) {
		return carriers.get(entry.carrier);
	}
	return String(entry.worker).startsWith('pid ') ? PROCESS_COLOUR : PLATFORM_COLOUR;
}

/** The largest end time the entries reach. */
export function timelineEnd(entries) {
	return entries.reduce((max, e) => Math.max(max, e.end_ms ?? 0), 0);
}

function legend(entries, carriers) {
	const items = [...carriers].map(([carrier, fill]) => `<li data-legend-carrier="${esc(carrier)}" data-color="${fill}"><span class="swatch" style="background:${fill}"></span>virtual thread on ${esc(carrier)}</li>`);
	if (entries.some((e) => e.virtual && !e.carrier)) {
		items.push(`<li data-color="${PLATFORM_COLOUR}"><span class="swatch" style="background:${PLATFORM_COLOUR}"></span>virtual thread, carrier unknown</li>`);
	}
	else if (entries.some((e) => !e.carrier && !String(e.worker).startsWith('pid '))) {
		items.push(`<li data-legend="platform" data-color="${PLATFORM_COLOUR}"><span class="swatch" style="background:${PLATFORM_COLOUR}"></span>platform thread</li>`);
	}
	if (entries.some((e) => String(e.worker).startsWith('pid '))) {
		items.push(`<li data-legend="process" data-color="${PROCESS_COLOUR}"><span class="swatch" style="background:${PROCESS_COLOUR}"></span>child JVM process</li>`);
	}
	if (entries.some((e) => e.busy_ms != null)) {
		items.push(`<li data-legend="busy"><span class="swatch busy-swatch"></span>shaded: the share of the task spent busy (holding the lock)</li>`);
	}
	return `<ul class="legend">${items.join('')}</ul>`;
}

/**
 * The timeline section as markup, on the given scale. `total` is how many tasks ended in all
 * (the report's completed_tasks), `truncated` whether the report kept only the first.
 */
export function timelineMarkup(entries, scale, { truncated = false, total = entries.length, live = false } = {}) {
	const sorted = [...entries].sort((a, b) => a.task - b.task);
	const workers = [...new Set(sorted.map((e) => String(e.worker)))].sort(natural);
	const lane = new Map(workers.map((worker, i) => [worker, i]));
	const carriers = carrierColours(sorted);
	const height = laneHeight(workers.length);
	const gap = height >= 10 ? 4 : height > 2 ? 1 : 0;
	const top = 22;
	const svgHeight = top + workers.length * height + 6;
	const labelEvery = height >= 10 ? 1 : Math.ceil(12 / height);
	let svg = `<svg class="chart timeline" width="${scale.width}" height="${svgHeight}" role="group" aria-label="Timeline: ${sorted.length} tasks on ${workers.length} workers">`;
	svg += axisMarkup(scale, top, svgHeight - 4);
	workers.forEach((worker, i) => {
		if (i % labelEvery === 0) {
			svg += laneLabel(worker, scale.left, top + i * height + height / 2, height);
		}
	});
	sorted.forEach((e, i) => {
		const x = scale.x(e.start_ms);
		const w = Math.max(1, scale.x(e.end_ms) - x);
		const y = top + lane.get(String(e.worker)) * height + gap / 2;
		const h = height - gap;
		const fill = colour(e, carriers);
		const busy = e.busy_ms != null ? ` data-busy="${e.busy_ms}"` : '';
		svg += `<rect class="task" tabindex="${i === 0 ? 0 : -1}" data-task="${esc(e.task)}" data-worker="${esc(e.worker)}" data-carrier="${esc(e.carrier ?? '')}" data-virtual="${e.virtual ? 'true' : 'false'}" data-start="${e.start_ms}" data-end="${e.end_ms}"${busy} x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${h}" fill="${fill}" aria-label="task ${esc(e.task)} on ${esc(e.worker)}, ${e.start_ms} to ${e.end_ms} ms"/>`;
		if (e.busy_ms != null && e.end_ms > e.start_ms) {
			const share = Math.min(1, e.busy_ms / (e.end_ms - e.start_ms));
			svg += `<rect class="busy" x="${x.toFixed(1)}" y="${y + h / 2}" width="${(w * share).toFixed(1)}" height="${h / 2}" pointer-events="none"/>`;
		}
	});
	svg += '</svg>';
	const shown = truncated || total > sorted.length
		? `<p class="truncated" role="note">first ${num(sorted.length)} of ${num(total)} tasks shown</p>` : '';
	const caption = `${num(sorted.length)} task${sorted.length === 1 ? '' : 's'} on ${num(workers.length)} worker${workers.length === 1 ? '' : 's'}${live ? ', so far' : ''}`;
	return `<h3>Timeline <small>${caption}</small></h3>${shown}${legend(sorted, carriers)}<div class="chart-scroll">${svg}</div>`;
}
