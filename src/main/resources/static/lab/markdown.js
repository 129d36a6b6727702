// A small Markdown renderer for the lab's GUIDE: headings with GitHub's slug ids, paragraphs,
// lists (nested by indentation), fenced code, inline code, emphasis, tables, quotes and links.

import { esc } from './util.js';

/** GitHub's heading id: lower case, punctuation dropped, spaces as hyphens. */
export function slug(text) {
	return text.trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

// The guide links into the page as the lab at localhost:8080 serves it: those stay in this page.
const INTO_THE_PAGE = /^https?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?\/(#\/.*)$/;

function href(url, anchor) {
	if (url.startsWith('#')) {
		return anchor(url.slice(1));
	}
	const page = url.match(INTO_THE_PAGE);
	return page ? page[1] : url;
}

/** Inline markup: code spans first (nothing inside them is markup), then links and emphasis. */
export function inline(text, anchor = (id) => `#${id}`) {
	const codes = [];
	let out = text.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_, ticks, code) => {
		codes.push(`<code>${esc(code.trim())}</code>`);
		return `\u0000${codes.length - 1}\u0000`;
	});
	out = esc(out)
		.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label, url) => {
			const target = href(url.replace(/&amp;/g, '&'), anchor);
			const external = /^https?:/.test(target) ? ' rel="noopener" target="_blank"' : '';
			return `<a href="${esc(target)}"${external}>${label}</a>`;
		})
		.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
		.replace(/(^|[^\w*])\*([^*\s][^*]*?)\*(?![\w*])/g, '$1<em>$2</em>')
		.replace(/(^|[^\w])_([^_\s][^_]*?)_(?!\w)/g, '$1<em>$2</em>');
	return out.replace(/\u0000(\d+)\u0000/g, (_, i) => codes[Number(i)]);
}

const LIST = /^(\s*)([-*+]|\d+[.)])\s+/;
const FENCE = /^\s*(```|~~~)\s*([\w+-]*)/;
const STARTS = (line) => /^#{1,6}\s/.test(line) || FENCE.test(line) || /^\s*>/.test(line) || LIST.test(line) || /^\|/.test(line);

function cells(row) {
	return row.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

function table(rows, ctx) {
	const [head, rule, ...body] = rows;
	const align = cells(rule).map((c) => (c.endsWith(':') ? (c.startsWith(':') ? 'center' : 'right') : ''));
	const th = cells(head).map((c, i) => `<th${align[i] ? ` style="text-align:${align[i]}"` : ''}>${inline(c, ctx.anchor)}</th>`).join('');
	const trs = body.map((row) => `<tr>${cells(row).map((c, i) => `<td${align[i] ? ` style="text-align:${align[i]}"` : ''}>${inline(c, ctx.anchor)}</td>`).join('')}</tr>`).join('');
	return `<div class="table-scroll"><table><thead><tr>${th}</tr></thead><tbody>${trs}</tbody></table></div>`;
}

function list(lines, ctx) {
	const base = lines[0].match(LIST)[1].length;
	const ordered = /\d/.test(lines[0].match(LIST)[2]);
	const items = [];
	for (const line of lines) {
		const marker = line.match(LIST);
		if (marker && marker[1].length <= base + 1) {
			items.push([line.slice(marker[0].length)]);
		}
		else {
			items.at(-1).push(line.replace(new RegExp(`^ {0,${base + 4}}`), ''));
		}
	}
	const html = items.map((item) => {
		const inner = blocks(item, ctx);
		const tight = inner.startsWith('<p>') && inner.indexOf('<p>', 1) < 0 && inner.endsWith('</p>');
		return `<li>${tight ? inner.slice(3, -4) : inner}</li>`;
	}).join('');
	const start = ordered ? Number.parseInt(lines[0].trim(), 10) : 1;
	return ordered ? `<ol${start !== 1 ? ` start="${start}"` : ''}>${html}</ol>` : `<ul>${html}</ul>`;
}

function blocks(lines, ctx) {
	let out = '';
	let i = 0;
	while (i < lines.length) {
		const line = lines[i];
		const fence = line.match(FENCE);
		if (fence) {
			const body = [];
			for (i++; i < lines.length && !lines[i].trim().startsWith(fence[1]); i++) {
				body.push(lines[i]);
			}
			i++;
			out += `<pre class="md-code"${fence[2] ? ` data-lang="${esc(fence[2])}"` : ''}><code>${esc(body.join('\n'))}</code></pre>`;
			continue;
		}
		if (!line.trim()) {
			i++;
			continue;
		}
		const heading = line.match(/^(#{1,6})\s+(.*?)\s*#*\s*$/);
		if (heading) {
			const html = inline(heading[2], ctx.anchor);
			const probe = document.createElement('span');
			probe.innerHTML = html;
			let id = slug(probe.textContent);
			const seen = ctx.ids.get(id) ?? 0;
			ctx.ids.set(id, seen + 1);
			id = seen ? `${id}-${seen}` : id;
			const level = heading[1].length;
			out += `<h${level} id="${esc(id)}" tabindex="-1">${html} <a class="anchor" href="${esc(ctx.anchor(id))}" aria-label="Link to this section">#</a></h${level}>`;
			i++;
			continue;
		}
		if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
			out += '<hr>';
			i++;
			continue;
		}
		if (line.startsWith('|') && /^\|?\s*:?-+/.test(lines[i + 1] ?? '')) {
			const rows = [];
			for (; i < lines.length && lines[i].trim().startsWith('|'); i++) {
				rows.push(lines[i]);
			}
			out += table(rows, ctx);
			continue;
		}
		if (/^\s*>/.test(line)) {
			const quoted = [];
			for (; i < lines.length && /^\s*>/.test(lines[i]); i++) {
				quoted.push(lines[i].replace(/^\s*> ?/, ''));
			}
			out += `<blockquote>${blocks(quoted, ctx)}</blockquote>`;
			continue;
		}
		if (LIST.test(line)) {
			const items = [line];
			for (i++; i < lines.length; i++) {
				const next = lines[i];
				const more = next.trim() ? (LIST.test(next) || /^\s/.test(next) || !STARTS(next)) : /^\s+\S|^\s*([-*+]|\d+[.)])\s/.test(lines[i + 1] ?? '');
				if (!more) {
					break;
				}
				items.push(next);
			}
			out += list(items, ctx);
			continue;
		}
		const para = [];
		for (; i < lines.length && lines[i].trim() && (para.length === 0 || !STARTS(lines[i])); i++) {
			para.push(lines[i].trim());
		}
		out += `<p>${inline(para.join('\n'), ctx.anchor)}</p>`;
	}
	return out;
}

/** The markdown as HTML; anchor(id) says where a heading's link points. */
export function markdown(text, anchor = (id) => `#${id}`) {
	return blocks(text.replace(/\r\n?/g, '\n').split('\n'), { anchor, ids: new Map() });
}
