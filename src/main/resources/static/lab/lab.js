// The lab's page: the routes (#/<topic>/<method>, #/runs/<id>, #/compare/<a>/<b>,
// #/guide/<chapter>) and the wiring between the list, the form, the run and the report.

import { byPath, filterList, loadExperiments, markCurrent, renderList } from './experiments.js';
import { bodyOf, buildFields, clearProblem, operationOf, resetFields, showProblem } from './form.js';
import { guideHref, loadGuide, showGuide } from './guide.js';
import { loadHistory, loadRun, renderHistory } from './history.js';
import { liveView } from './live.js';
import { extent, reportElement } from './report.js';
import { runExperiment } from './run.js';
import { installLegendDefs } from './states.js';
import { initTheme } from './theme.js';
import { el, getJson } from './util.js';

const $ = (selector) => document.querySelector(selector);

const lab = { doc: null, experiments: new Map(), current: null, fields: [], running: false, lastLab: '#/' };

function fail(message) {
	const box = $('.page-error');
	box.textContent = message;
	box.hidden = !message;
}

function showView(name) {
	$('.guide').hidden = name !== 'guide';
	for (const selector of ['.experiment', '.live-box', '.reports']) {
		$(selector).hidden = name === 'guide' || (selector === '.experiment' && !lab.current);
	}
	$('.welcome').hidden = name === 'guide' || lab.current != null || $('.reports').childElementCount > 0;
}

function clearReports() {
	for (const article of document.querySelectorAll('.reports .report')) {
		article.dispose();
	}
	$('.reports').replaceChildren();
}

function showReports(...reports) {
	const box = $('.reports');
	// Side by side, both on one time axis, so that lengths compare at a glance.
	const axis = reports.length > 1 ? Math.max(...reports.map(extent)) : 0;
	const articles = reports.map((report) => reportElement(report, { code: reports.length === 1, axis }));
	box.className = reports.length > 1 ? 'reports pair' : 'reports';
	clearReports();
	box.replaceChildren(...articles);
	$('.welcome').hidden = true;
}

/** Shows the chosen experiment's form; the same one again keeps what it shows. */
function choose(path, { keepReports = false } = {}) {
	const experiment = lab.experiments.get(path);
	if (!experiment) {
		return false;
	}
	markCurrent($('.experiment-list'), path);
	if (lab.current?.path === path) {
		return true;
	}
	lab.current = experiment;
	const found = operationOf(lab.doc, path);
	lab.fields = found?.fields ?? [];
	$('#experiment-title').textContent = `${experiment.topic.topic} / ${experiment.method}`;
	$('.experiment-summary').textContent = found?.operation.summary ?? experiment.summary ?? '';
	$('.experiment-description').textContent = experiment.topic.description ?? '';
	const links = $('.experiment-links');
	links.replaceChildren();
	const guide = guideHref(experiment.topic.guide);
	if (guide && !$('.guide-link').hidden) {
		links.append(el('a', { href: guide, class: 'topic-guide', text: `The guide's chapter on ${experiment.topic.topic}` }), ' · ');
	}
	const operationId = found?.operation.operationId;
	links.append(el('a', { href: `/swagger-ui/index.html${operationId ? `#/${experiment.topic.topic}/${operationId}` : ''}`, target: '_blank', rel: 'noopener', text: 'This endpoint in Swagger UI' }));
	buildFields($('.fields'), lab.fields);
	$('.problem').hidden = true;
	$('.experiment').hidden = false;
	$('.welcome').hidden = true;
	if (!keepReports) {
		clearReports();
		$('.live-box').replaceChildren();
	}
	return true;
}

/** Puts a run's parameters in the form, so that running again repeats it. */
function fillParams(params) {
	for (const [name, value] of Object.entries(params ?? {})) {
		const input = $('.fields').querySelector(`[name="${CSS.escape(name)}"]`);
		if (input && value != null && typeof value !== 'object') {
			input.value = String(value);
		}
		else if (input && Array.isArray(value)) {
			input.value = value.join(', ');
		}
	}
}

async function refreshHistory() {
	const data = lab.hasRuns ? await loadHistory() : null;
	if (data) {
		renderHistory($('.history-panel'), data);
	}
}

async function run(event) {
	event.preventDefault();
	if (lab.running || !lab.current) {
		return;
	}
	const { path } = lab.current;
	const button = $('.run-button');
	lab.running = true;
	button.disabled = true;
	$('.run-state').textContent = 'Running…';
	clearProblem($('.fields'));
	$('.problem').hidden = true;
	const live = liveView($('.live-box'), `${lab.current.topic.topic}/${lab.current.method}`);
	try {
		const outcome = await runExperiment(path, bodyOf($('.fields'), lab.fields), live);
		live.stop();
		$('.live-box').replaceChildren();
		if (outcome.report) {
			showReports(outcome.report);
			$('.run-state').textContent = `Done: ${outcome.report.status}`;
			refreshHistory();
		}
		else {
			showProblem($('.fields'), $('.problem'), outcome.problem, outcome.status);
			$('.run-state').textContent = 'Not run';
		}
	}
	catch (error) {
		live.stop();
		$('.live-box').replaceChildren();
		showProblem($('.fields'), $('.problem'), { title: 'The run failed', detail: String(error.message ?? error) }, 0);
		$('.run-state').textContent = '';
	}
	finally {
		lab.running = false;
		button.disabled = false;
	}
}

async function reopen(ids) {
	const reports = await Promise.all(ids.map(loadRun));
	if (reports.some((report) => !report)) {
		fail(`No run ${ids.filter((id, i) => !reports[i]).join(', ')} in the lab's history.`);
		return;
	}
	fail('');
	const first = reports[0];
	if (choose(`/${first.experiment}/${first.method}`, { keepReports: true })) {
		fillParams(first.params);
	}
	$('.live-box').replaceChildren();
	showReports(...reports);
}

async function route() {
	const hash = decodeURI(location.hash.slice(1));
	if (hash && !hash.startsWith('/')) {
		return; // an in-page anchor, such as the skip link
	}
	if (hash.startsWith('/guide')) {
		showView('guide');
		$('.guide-back').href = lab.lastLab;
		await showGuide($('.guide'), hash.slice('/guide/'.length));
		return;
	}
	lab.lastLab = location.hash || '#/';
	fail('');
	const runs = hash.match(/^\/runs\/([^/]+)$/) ?? hash.match(/^\/compare\/([^/]+)\/([^/]+)$/);
	if (runs) {
		await reopen(runs.slice(1));
	}
	else if (hash && hash !== '/' && !choose(hash)) {
		fail(`The lab has no experiment ${hash}.`);
	}
	showView('lab');
}

async function start() {
	initTheme($('.theme-toggle'), () => document.querySelectorAll('.report').forEach((report) => report.redraw()));
	installLegendDefs($('.legend-defs'));
	lab.doc = await getJson('/v3/api-docs');
	if (!lab.doc) {
		fail('The lab did not answer its OpenAPI document (/v3/api-docs); the forms cannot be built.');
	}
	const has = (path) => lab.doc?.paths?.[path] != null;
	lab.hasRuns = has('/runs');
	const [topics, guide] = await Promise.all([loadExperiments(lab.doc, has('/experiments')), has('/guide') ? loadGuide() : null]);
	lab.experiments = byPath(topics);
	renderList($('.experiment-list'), topics);
	$('.guide-link').hidden = guide == null;
	$('.experiment-filter').addEventListener('input', (event) => filterList($('.experiment-list'), event.target.value));
	$('.run-form').addEventListener('submit', run);
	$('.reset-button').addEventListener('click', () => resetFields($('.fields')));
	window.addEventListener('hashchange', route);
	refreshHistory();
	await route();
	document.body.dataset.ready = 'true';
}

start().catch((error) => fail(`The page could not start: ${error.message ?? error}`));
