// A run's own tracks beside its threads (the simulated GIL's holder, turn by turn): one lane
// per track, each span coloured by who held it, on the timeline's axis.

import { axisMarkup, esc, laneLabel, natural } from './util.js';

const COLOURS = ['#4e79a7', '#f28e2b', '#59a14f', '#b07aa1', '#17becf', '#e15759', '#edc948', '#ff9da7', '#bcbd22', '#76b7b2'];

export function tracksEnd(tracks) {
	let max = 0;
	for (const track of tracks ?? []) {
		for (const span of track.spans ?? []) {
			max = Math.max(max, span.end_ms ?? 0);
		}
	}
	return max;
}

/** The tracks' section as markup; empty when the report has none. */
export function tracksMarkup(tracks, scale) {
	if (!Array.isArray(tracks) || tracks.length === 0) {
		return '';
	}
	const labels = [...new Set(tracks.flatMap((track) => (track.spans ?? []).map((span) => span.label)))].sort(natural);
	const colour = new Map(labels.map((label, i) => [label, COLOURS[i % COLOURS.length]]));
	const height = 20;
	const top = 22;
	const svgHeight = top + tracks.length * height + 6;
	let svg = `<svg class="chart tracks" width="${scale.width}" height="${svgHeight}" role="group" aria-label="The run's tracks">`;
	svg += axisMarkup(scale, top, svgHeight - 4);
	let first = true;
	tracks.forEach((track, i) => {
		const y = top + i * height + 2;
		svg += laneLabel(String(track.name), scale.left, top + i * height + height / 2, height);
		for (const span of track.spans ?? []) {
			const x = scale.x(span.start_ms);
			const w = Math.max(1, scale.x(span.end_ms) - x);
			svg += `<rect class="track-span" tabindex="${first ? 0 : -1}" data-track="${esc(track.name)}" data-label="${esc(span.label)}" data-start="${span.start_ms}" data-end="${span.end_ms}" x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${height - 4}" fill="${colour.get(span.label)}" aria-label="${esc(track.name)}: ${esc(span.label)}, ${span.start_ms} to ${span.end_ms} ms"/>`;
			first = false;
		}
	});
	svg += '</svg>';
	const legend = `<ul class="legend">${labels.map((label) => `<li data-legend-label="${esc(label)}" data-color="${colour.get(label)}"><span class="swatch" style="background:${colour.get(label)}"></span>${esc(label)}</li>`).join('')}</ul>`;
	const cut = tracks.some((track) => track.truncated) ? '<p class="truncated" role="note">only the first spans of a track are kept</p>' : '';
	return `<h3>Tracks <small>${tracks.map((track) => esc(track.name)).join(', ')}</small></h3>${cut}${legend}<div class="chart-scroll">${svg}</div>`;
}
