// The guide in the page's guide panel, as the lab renders it (GET /guide/fragment: GUIDE.md as
// HTML); its anchors become the page's routes (#/guide/<id>) so that a chapter can be linked
// and reloaded.

import { highlightListings } from './code.js';

let html;

/** The guide's HTML, or null when the lab has none. */
export function loadGuide() {
	html ??= fetch('/guide/fragment', { headers: { Accept: 'text/html' } })
		.then((response) => (response.ok ? response.text() : null))
		.catch(() => null);
	return html;
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

/** Puts the guide into its panel (once) and scrolls to the chapter. */
export async function showGuide(panel, id) {
	const article = panel.querySelector('.guide-text');
	if (!article.dataset.rendered) {
		const fragment = await loadGuide();
		if (fragment == null) {
			article.textContent = 'This lab serves no guide.';
			return;
		}
		article.innerHTML = fragment;
		for (const link of article.querySelectorAll('a[href^="#"]')) {
			link.setAttribute('href', guideRoute(link.getAttribute('href').slice(1)));
		}
		highlightListings(article);
		article.dataset.rendered = 'true';
	}
	const target = id ? document.getElementById(decodeURIComponent(id)) : article.querySelector('h1, h2');
	if (target && article.contains(target)) {
		target.scrollIntoView({ block: 'start' });
		target.focus({ preventScroll: true });
	}
}
