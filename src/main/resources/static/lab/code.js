// The code that ran: the variant's Java source as the lab ships it, lightly highlighted.

import { esc } from './util.js';

const KEYWORDS = new Set(('abstract assert boolean break byte case catch char class const continue default do double else enum '
	+ 'extends final finally float for goto if implements import instanceof int interface long native new package private '
	+ 'protected public return short static strictfp super switch synchronized this throw throws transient try void volatile '
	+ 'while var record sealed permits non-sealed yield true false null').split(' '));

// One pass over the text: comments, text blocks and strings, annotations, words, numbers.
const TOKENS = /(\/\/[^\n]*|\/\*[\s\S]*?\*\/)|("""[\s\S]*?"""|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*')|(@[A-Za-z_]\w*)|([A-Za-z_$][\w$]*)|(\b\d[\d_]*(?:\.\d+)?[lLfFdD]?\b)/g;

/** Java source as highlighted markup; a "// ===== path =====" line heads each file. */
export function highlight(source) {
	let out = '';
	let last = 0;
	for (const match of source.matchAll(TOKENS)) {
		out += esc(source.slice(last, match.index));
		last = match.index + match[0].length;
		const [text, comment, string, annotation, word, number] = match;
		if (comment) {
			out += /^\/\/ ?={3,}/.test(comment) ? `<span class="file">${esc(comment)}</span>` : `<span class="comment">${esc(comment)}</span>`;
		}
		else if (string) {
			out += `<span class="string">${esc(string)}</span>`;
		}
		else if (annotation) {
			out += `<span class="annotation">${esc(annotation)}</span>`;
		}
		else if (word) {
			out += KEYWORDS.has(word) ? `<span class="keyword">${word}</span>` : /^[A-Z]/.test(word) ? `<span class="type">${esc(word)}</span>` : esc(word);
		}
		else {
			out += number ? `<span class="number">${esc(number)}</span>` : esc(text);
		}
	}
	return out + esc(source.slice(last));
}

const sources = new Map();

/** The source at a report's links.source, once per address; null when the lab has none. */
export function loadSource(url) {
	if (!sources.has(url)) {
		sources.set(url, fetch(url, { headers: { Accept: 'text/plain' } })
			.then((response) => (response.ok ? response.text() : null))
			.catch(() => null));
	}
	return sources.get(url);
}

/** Fills a code panel with the source of the report's variant, or hides it. */
export async function showSource(panel, report) {
	const url = report.links?.source;
	const text = url ? await loadSource(url) : null;
	if (text == null) {
		panel.hidden = true;
		return;
	}
	const files = (text.match(/^\/\/ ?={3,}/gm) ?? []).length;
	panel.querySelector('.code-caption').textContent = `${report.experiment}/${report.method}${files > 1 ? `, ${files} files` : ''}`;
	panel.querySelector('code').innerHTML = highlight(text);
	panel.hidden = false;
}

/** Highlights the Java listings of a rendered document (the guide) in place. */
export function highlightListings(root) {
	for (const code of root?.querySelectorAll('figure.listing code') ?? []) {
		code.innerHTML = highlight(code.textContent);
	}
}
