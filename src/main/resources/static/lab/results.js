// The topic's own results: every field of a report that is not common to all reports,
// as a table (nested objects and lists of objects as tables within), like jcstress's tables.

import { esc, num } from './util.js';

export const COMMON = new Set(['experiment', 'method', 'status', 'params', 'duration', 'duration_ms', 'cpu_time_ms',
	'threads', 'processes', 'heap_delta_mb', 'timeline', 'timeline_truncated', 'completed_tasks', 'note', 'run_id',
	'links', 'thread_states', 'started_at', 'tracks']);

const MAX_ROWS = 200;

function isPlainObject(value) {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function scalar(value) {
	if (value === null || value === undefined) {
		return '<span class="none">–</span>';
	}
	if (typeof value === 'number') {
		return `<span class="number">${esc(num(value))}</span>`;
	}
	if (typeof value === 'boolean') {
		return `<span class="bool">${value}</span>`;
	}
	return esc(value);
}

function more(count) {
	return count > 0 ? `<p class="more">… and ${num(count)} more</p>` : '';
}

/** Any JSON value as markup: scalars inline, objects and lists of objects as tables. */
export function valueMarkup(value, depth = 0) {
	if (Array.isArray(value)) {
		if (value.length === 0) {
			return '<span class="none">none</span>';
		}
		if (value.every(isPlainObject)) {
			return rowsTable(value, depth);
		}
		const shown = value.slice(0, MAX_ROWS).map((item) => (isPlainObject(item) || Array.isArray(item) ? valueMarkup(item, depth + 1) : scalar(item)));
		const long = value.length > 12 || value.some((item) => typeof item === 'string' && item.length > 24);
		return long ? `<ol class="values" start="0">${shown.map((item) => `<li>${item}</li>`).join('')}</ol>${more(value.length - MAX_ROWS)}`
			: shown.join(', ');
	}
	if (isPlainObject(value)) {
		const entries = Object.entries(value);
		const small = depth > 0 && entries.length <= 6 && entries.every(([, v]) => v === null || typeof v !== 'object' || (Array.isArray(v) && v.length <= 4 && v.every((x) => typeof x !== 'object')));
		return small ? `<span class="kvs">${entries.map(([k, v]) => `<span class="kv"><span class="key">${esc(k)}</span> ${valueMarkup(v, depth + 1)}</span>`).join('')}</span>`
			: fieldsTable(entries, depth);
	}
	return scalar(value);
}

function cellClass(value) {
	if (typeof value === 'string') {
		return value.length > 40 ? ' class="long"' : value.length <= 16 ? ' class="short"' : '';
	}
	return typeof value === 'number' ? ' class="short"' : '';
}

function rowsTable(rows, depth) {
	const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
	const head = columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('');
	const body = rows.slice(0, MAX_ROWS)
		.map((row) => `<tr>${columns.map((c) => `<td${cellClass(row[c])}>${valueMarkup(row[c], depth + 1)}</td>`).join('')}</tr>`)
		.join('');
	return `<div class="table-scroll"><table class="rows depth-${depth}"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>${more(rows.length - MAX_ROWS)}`;
}

function fieldsTable(entries, depth) {
	const body = entries.map(([key, value]) => `<tr data-field="${esc(key)}"><th scope="row">${esc(key)}</th><td>${valueMarkup(value, depth + 1)}</td></tr>`).join('');
	return `<table class="fields depth-${depth}"><tbody>${body}</tbody></table>`;
}

/** The section of the topic's results; empty when the report has none. */
export function resultsMarkup(report) {
	const entries = Object.entries(report).filter(([key]) => !COMMON.has(key));
	if (entries.length === 0) {
		return '';
	}
	return `<h3>Results</h3><div class="table-scroll">${fieldsTable(entries, 0)}</div>`;
}

/** The whole report as JSON, folded away and written only when opened (it may be large). */
export function rawDetails(report) {
	const details = document.createElement('details');
	details.className = 'raw';
	details.innerHTML = '<summary>Raw JSON</summary><pre><code></code></pre>';
	details.addEventListener('toggle', () => {
		const code = details.querySelector('code');
		if (details.open && !code.textContent) {
			code.textContent = JSON.stringify(report, null, 2);
		}
	});
	return details;
}
