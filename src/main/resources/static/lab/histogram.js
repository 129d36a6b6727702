// A litmus test's outcomes (memory-model/*) as a histogram, like the jcstress report's tables:
// one row per outcome, its grade in words and in colour, its count, and a bar on a log scale,
// since counts run from none to tens of millions.

import { esc, num } from './util.js';

function isOutcome(o) {
	return o !== null && typeof o === 'object' && typeof o.outcome === 'string' && typeof o.count === 'number'
		&& typeof o.expect === 'string';
}

/** The histogram of a report's outcomes; empty when it has none. */
export function histogramMarkup(report) {
	const outcomes = report.outcomes;
	if (!Array.isArray(outcomes) || outcomes.length === 0 || !outcomes.every(isOutcome)) {
		return '';
	}
	const top = Math.log10(Math.max(1, ...outcomes.map((o) => o.count)) + 1);
	const rows = outcomes.map((o) => {
		const share = o.count > 0 ? Math.max(1, (100 * Math.log10(o.count + 1)) / top) : 0;
		return `<tr class="expect-${esc(o.expect)}" data-outcome="${esc(o.outcome)}"><th scope="row"><code>${esc(o.outcome)}</code></th>
<td class="grade">${esc(o.expect)}</td><td class="count">${esc(num(o.count))}</td>
<td class="bar-cell"><span class="bar" style="width:${share.toFixed(1)}%"></span></td><td class="long">${esc(o.description ?? '')}</td></tr>`;
	}).join('');
	const caption = `${num(report.samples)} samples, ${num(report.samples_per_second)} a second; bars on a log scale`;
	return `<h3>Outcomes <small>${esc(caption)}</small></h3><div class="table-scroll"><table class="rows histogram">
<thead><tr><th scope="col">outcome</th><th scope="col">expect</th><th scope="col">count</th><th scope="col">log scale</th><th scope="col">description</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
}
