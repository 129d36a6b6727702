// The lab's page: the routes (#/<topic>/<method>, #/runs/<id>, #/compare/<a>/<b>,
// #/guide/<chapter>) and the wiring between the list, the form, the run and the report.

import { byPath, filterList, loadExperiments, markCurrent, renderList } from './experiments.js';
import { bodyOf, buildFields, clearProblem, fillBody, fillValues, operationOf, resetFields, showProblem } from './form.js';
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
	note(null);
	$('.experiment').hidden = false;
	$('.welcome').hidden = true;
	if (!keepReports) {
		clearReports();
		$('.live-box').replaceChildren();
	}
	return true;
}

/** Says, above the form, where its values came from (a link's body). */
function note(said) {
	const box = $('.form-note');
	box.textContent = said?.message ?? '';
	box.classList.toggle('warn', said != null && !said.used);
	box.hidden = said == null;
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
	note(null);
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
		fillValues($('.fields'), first.params);
	}
	$('.live-box').replaceChildren();
	showReports(...reports);
}

/** The route and its query: #/race-conditions/unsafe?body=<JSON> opens the form with that body. */
function currentRoute() {
	const raw = location.hash.slice(1);
	const query = raw.indexOf('?');
	return {
		hash: decodeURI(query < 0 ? raw : raw.slice(0, query)),
		params: new URLSearchParams(query < 0 ? '' : raw.slice(query + 1)),
	};
}

async function route() {
	const { hash, params } = currentRoute();
	if (hash && !hash.startsWith('/')) {
		return; // an in-page anchor, such as the skip link
	}
	if (hash.startsWith('/guide')) {
		showView('guide');
		$('.guide-back').href = lab.lastLab;
		await showGuide($('.guide'), hash.slice('/guide/'.length));
	}
	else {
		await showLab(hash, params);
	}
	document.body.dataset.route = location.hash; // shown: what a test waits for
}

async function showLab(hash, params) {
	lab.lastLab = location.hash || '#/';
	fail('');
	const runs = hash.match(/^\/runs\/([^/]+)$/) ?? hash.match(/^\/compare\/([^/]+)\/([^/]+)$/);
	if (runs) {
		await reopen(runs.slice(1));
	}
	else if (hash && hash !== '/') {
		if (!choose(hash)) {
			fail(`The lab has no experiment ${hash}.`);
		}
		else if (params.has('body')) {
			note(fillBody($('.fields'), params.get('body')));
		}
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
	const [topics, guide] = await Promise.all([loadExperiments(lab.doc, has('/experiments')), has('/guide/fragment') ? loadGuide() : null]);
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
