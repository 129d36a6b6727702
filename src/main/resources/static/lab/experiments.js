// The experiments as the lab lists them: GET /experiments, or else the JSON index at /
// with the topics' descriptions from the OpenAPI tags.

import { el, getJson, natural } from './util.js';

function fromIndex(index, doc) {
	const tags = new Map((doc?.tags ?? []).map((tag) => [tag.name, tag.description]));
	return Object.entries(index?.topics ?? {}).map(([topic, rows]) => ({
		topic,
		description: tags.get(topic) ?? '',
		experiments: rows.filter((row) => String(row.method).toUpperCase() === 'POST').map((row) => ({
			method: row.path.split('/').pop(), path: row.path, summary: row.summary ?? '',
		})),
	})).filter((topic) => topic.experiments.length > 0);
}

/** The topics and their experiments, from the lab; a lab without /experiments is read from /. */
export async function loadExperiments(doc, listing) {
	const listed = listing ? await getJson('/experiments') : null;
	if (listed?.topics) {
		return listed.topics;
	}
	return fromIndex(await getJson('/'), doc);
}

/** Every experiment by its path. */
export function byPath(topics) {
	const map = new Map();
	for (const topic of topics) {
		for (const experiment of topic.experiments) {
			map.set(experiment.path, { ...experiment, topic });
		}
	}
	return map;
}

/** The list in the side bar: one folding group per topic, one link per experiment. */
export function renderList(box, topics) {
	const sorted = [...topics].sort((a, b) => natural(a.topic, b.topic));
	box.replaceChildren(...sorted.map((topic) => {
		const items = topic.experiments.map((experiment) => el('li', {},
			el('a', { href: `#${experiment.path}`, 'data-path': experiment.path, title: experiment.summary, text: experiment.method })));
		return el('details', { class: 'topic', 'data-topic': topic.topic },
			el('summary', {}, el('span', { class: 'topic-name', text: topic.topic }), el('span', { class: 'count', text: String(items.length) })),
			el('ul', {}, ...items));
	}));
}

/** Marks the chosen experiment and opens its topic. */
export function markCurrent(box, path) {
	for (const link of box.querySelectorAll('a[data-path]')) {
		const current = link.dataset.path === path;
		if (current) {
			link.setAttribute('aria-current', 'page');
			link.closest('details').open = true;
		}
		else {
			link.removeAttribute('aria-current');
		}
	}
}

/** Shows only the experiments whose topic, name or summary holds the text. */
export function filterList(box, text) {
	const needle = text.trim().toLowerCase();
	for (const topic of box.querySelectorAll('details.topic')) {
		let any = false;
		for (const link of topic.querySelectorAll('a[data-path]')) {
			const hit = !needle || `${link.dataset.path} ${link.title}`.toLowerCase().includes(needle);
			link.parentElement.hidden = !hit;
			any ||= hit;
		}
		topic.hidden = !any;
		if (needle) {
			topic.open = any;
		}
	}
}
