// The GUIDE, as the lab serves it (GET /guide, Markdown), rendered in the page; its anchors
// become the page's routes (#/guide/<id>) so that a chapter can be linked and reloaded.

import { markdown } from './markdown.js';

let text;

/** The guide's Markdown, or null when the lab has none. */
export function loadGuide() {
	text ??= fetch('/guide', { headers: { Accept: 'text/markdown, text/plain;q=0.9' } })
		.then((response) => (response.ok && !(response.headers.get('Content-Type') ?? '').includes('html') ? response.text() : null))
		.catch(() => null);
	return text;
}

export function guideRoute(id) {
	return id ? `#/guide/${id}` : '#/guide';
}

/** The page's link to a guide address such as /guide#3-tasks-that-wait-io-bound. */
export function guideHref(address) {
	if (!address) {
		return null;
	}
	const hash = address.indexOf('#');
	return guideRoute(hash >= 0 ? address.slice(hash + 1) : '');
}

/** Renders the guide into its panel (once) and scrolls to the chapter. */
export async function showGuide(panel, id) {
	const article = panel.querySelector('.guide-text');
	if (!article.dataset.rendered) {
		const source = await loadGuide();
		if (source == null) {
			article.textContent = 'This lab serves no guide.';
			return;
		}
		article.innerHTML = markdown(source, guideRoute);
		article.dataset.rendered = 'true';
	}
	const target = id ? document.getElementById(decodeURIComponent(id)) : article.querySelector('h1, h2');
	if (target && article.contains(target)) {
		target.scrollIntoView({ block: 'start' });
		target.focus({ preventScroll: true });
	}
}
