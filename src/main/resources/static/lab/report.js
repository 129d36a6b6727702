// A report drawn: headline figures, the lesson, timeline and thread-state lanes on one axis,
// compare bars, the topic's results, raw JSON, downloads and the code that ran.

import { showSource } from './code.js';
import { histogramMarkup } from './histogram.js';
import { rawDetails, resultsMarkup } from './results.js';
import { statesEnd, statesMarkup } from './states.js';
import { LABEL_WIDTH, timelineEnd, timelineMarkup } from './timeline.js';
import { tracksEnd, tracksMarkup } from './tracks.js';
import { attachChart } from './tooltip.js';
import { el, esc, makeScale, ms, num } from './util.js';

function figure(name, value, detail) {
	return `<div class="figure" data-figure="${esc(name)}"><dt>${esc(name)}</dt><dd>${value}${detail ? `<small>${detail}</small>` : ''}</dd></div>`;
}

function figuresMarkup(r) {
	const cores = r.duration_ms > 0 && r.cpu_time_ms != null ? (r.cpu_time_ms / r.duration_ms).toFixed(2) : '–';
	const t = r.threads ?? {};
	const p = r.processes ?? {};
	const pids = p.pids?.length ? `pids ${p.pids.map(esc).join(', ')}` : '';
	return `<dl class="figures">${[
		figure('wall', esc(ms(r.duration_ms))),
		figure('cpu', esc(ms(r.cpu_time_ms))),
		figure('cores busy', esc(cores), 'cpu ÷ wall'),
		figure('threads', `${esc(num(t.platform_started ?? 0))} platform · ${esc(num(t.virtual_started ?? 0))} virtual`, `peak ${esc(num(t.platform_peak ?? 0))} platform live`),
		figure('processes', `${esc(num(p.spawned ?? 0))} spawned`, pids),
		figure('heap', `${r.heap_delta_mb >= 0 ? '+' : ''}${esc(num(r.heap_delta_mb))} MB`, 'used after − before'),
		figure('tasks', esc(num(r.completed_tasks ?? r.timeline?.length ?? 0)), 'completed'),
		figure('status', `<span class="status status-${esc(r.status)}">${esc(r.status)}</span>`),
	].join('')}</dl>`;
}

export function compareMarkup(r) {
	if (!Array.isArray(r.runs) || !r.runs.some((run) => run && run.method)) {
		return '';
	}
	const longest = Math.max(1, ...r.runs.map((run) => Math.max(run.duration_ms ?? 0, run.cpu_time_ms ?? 0)));
	const rows = r.runs.map((run) => {
		const wall = run.duration_ms != null ? `<span class="bar wall" style="width:${(100 * run.duration_ms / longest).toFixed(1)}%"></span>` : '';
		const cpu = run.cpu_time_ms != null ? `<span class="bar cpu" style="width:${(100 * run.cpu_time_ms / longest).toFixed(1)}%"></span>` : '';
		const speedup = run.speedup != null ? ` · <strong>×${esc(Number(run.speedup).toFixed(2))}</strong>` : '';
		const fastest = run.method === r.fastest ? ' <span class="fastest">fastest</span>' : '';
		const status = run.status && run.status !== 'completed' ? ` <span class="status status-${esc(run.status)}">${esc(run.status)}</span>` : '';
		return `<li class="compare-row" data-method="${esc(run.method)}"><span class="compare-name">${esc(run.method)}${fastest}${status}</span>`
			+ `<span class="compare-bars" aria-hidden="true">${wall}${cpu}</span>`
			+ `<span class="compare-figures">wall ${esc(ms(run.duration_ms))} · cpu ${esc(ms(run.cpu_time_ms))}${speedup}</span>`
			+ (run.note ? `<span class="compare-note">${esc(run.note)}</span>` : '') + '</li>';
	});
	return `<h3>Compare <small>speedup over ${esc(r.runs[0].method)}</small></h3>`
		+ '<ul class="legend"><li><span class="swatch wall"></span>wall time</li><li><span class="swatch cpu"></span>cpu time</li></ul>'
		+ `<ol class="compare">${rows.join('')}</ol>`;
}

function download(report) {
	const name = `${report.experiment}-${report.method}-${report.run_id ?? 'run'}.json`;
	const url = URL.createObjectURL(new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' }));
	const link = el('a', { href: url, download: name });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function downloads(report) {
	const button = el('button', { type: 'button', class: 'download-report', text: 'Download report (JSON)' });
	button.addEventListener('click', () => download(report));
	const box = el('p', { class: 'downloads' }, button);
	if (report.links?.trace) {
		const name = `${report.experiment}-${report.method}-${report.run_id}-trace.json`;
		box.append(' ', el('a', { class: 'download-trace', href: report.links.trace, download: name, text: 'Download trace' }),
			el('span', { class: 'hint', text: ' drag it into ui.perfetto.dev' }));
	}
	return box;
}

/** How far the report's time axis reaches: its wall time, or its last task or state. */
export function extent(report) {
	return Math.max(report.duration_ms ?? 0, timelineEnd(report.timeline ?? []), statesEnd(report.thread_states), tracksEnd(report.tracks));
}

/** The timeline and the thread states, drawn to the width they have, on one axis. */
export function drawCharts(box, report, live = {}) {
	const entries = report.timeline ?? [];
	const width = Math.max(280, box.clientWidth);
	const left = width < 520 ? 96 : LABEL_WIDTH;
	const max = Math.max(live.axis ?? 0, live.elapsed ?? 0, extent(report));
	const scale = makeScale(width, max, left);
	const timeline = box.querySelector('.timeline-section');
	timeline.innerHTML = entries.length || live.running ? timelineMarkup(entries, scale, {
		truncated: report.timeline_truncated, total: report.completed_tasks ?? entries.length, live: live.running,
	}) : '';
	box.querySelector('.tracks-section').innerHTML = tracksMarkup(report.tracks, scale);
	box.querySelector('.states-section').innerHTML = statesMarkup(report.thread_states, scale);
}

/** The report as an element, drawn once in the page; axis: a time axis to share (ms). */
export function reportElement(report, { code = true, axis = 0 } = {}) {
	const article = el('article', {
		class: 'report', 'data-run-id': report.run_id, 'data-experiment': report.experiment, 'data-method': report.method,
		'data-status': report.status, 'aria-label': `Report of ${report.experiment}/${report.method}`,
	});
	const started = report.started_at ? new Date(report.started_at) : null;
	const at = started && !Number.isNaN(started.getTime()) ? ` · started ${started.toLocaleString('en-GB')}` : '';
	const runId = report.run_id ? `<span class="run-id">run <code>${esc(report.run_id)}</code>${esc(at)}</span>` : '';
	article.innerHTML = `<header class="report-head"><h2>${esc(report.experiment)} / ${esc(report.method)}</h2>${runId}</header>
<div class="report-body"><div class="report-main">${figuresMarkup(report)}
${report.note ? `<p class="note">${esc(report.note)}</p>` : ''}
<section class="charts"><div class="timeline-section"></div><div class="tracks-section"></div><div class="states-section"></div></section>
<section class="compare-section">${compareMarkup(report)}</section>
<section class="results-section">${histogramMarkup(report)}${resultsMarkup(report)}</section></div>
<aside class="code-panel" hidden><h3>The code that ran <small class="code-caption"></small></h3><pre class="code" tabindex="0"><code></code></pre></aside></div>`;
	const main = article.querySelector('.report-main');
	main.append(rawDetails(report), downloads(report));
	const charts = article.querySelector('.charts');
	attachChart(charts);
	article.redraw = () => drawCharts(charts, report, { axis });
	// Drawn again whenever its width changes: the window, or the code panel arriving beside it.
	let width = 0;
	const observer = new ResizeObserver(() => {
		if (charts.clientWidth !== width) {
			width = charts.clientWidth;
			article.redraw();
		}
	});
	observer.observe(charts);
	article.dispose = () => observer.disconnect();
	if (code) {
		showSource(article.querySelector('.code-panel'), report);
	}
	return article;
}
