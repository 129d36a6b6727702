// Small helpers the other modules share: escaping, natural order, numbers, the time axis.

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML and SVG markup (element content and attribute values). */
export function esc(value) {
	const text = String(value ?? '');
	return /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c]) : text;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Natural order: worker-2 before worker-10. */
export function natural(a, b) {
	return collator.compare(String(a), String(b));
}

/** A number for people: grouped integers, a few decimals for the rest. */
export function num(value) {
	if (typeof value !== 'number' || !Number.isFinite(value)) {
		return String(value ?? '–');
	}
	if (Number.isInteger(value)) {
		return value.toLocaleString('en');
	}
	const abs = Math.abs(value);
	const digits = abs < 10 ? 3 : abs < 100 ? 2 : 1;
	return value.toLocaleString('en', { maximumFractionDigits: digits });
}

export function ms(value) {
	return value == null ? '–' : `${num(value)} ms`;
}

/** GET as JSON; null for any answer but 2xx, so a missing endpoint only hides a panel. */
export async function getJson(url) {
	try {
		const response = await fetch(url, { headers: { Accept: 'application/json' } });
		return response.ok ? await response.json() : null;
	}
	catch {
		return null;
	}
}

/** Milliseconds to pixels for the timeline and the thread states: one axis for both. */
export function makeScale(width, maxMs, left) {
	const plot = Math.max(60, width - left - 12);
	const max = maxMs > 0 ? maxMs : 1;
	return { width, left, plot, max, x: (t) => left + (Math.max(0, t) / max) * plot };
}

function niceStep(raw) {
	const power = 10 ** Math.floor(Math.log10(raw));
	const m = raw / power;
	return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}

/** Grid lines and tick labels (ms) from y0 to y1; labels above y0. */
export function axisMarkup(scale, y0, y1) {
	const step = niceStep(scale.max / Math.max(2, Math.floor(scale.plot / 90)));
	let out = `<g class="axis" aria-hidden="true">`;
	for (let t = 0; t <= scale.max + step / 1e6; t += step) {
		const x = scale.x(t).toFixed(1);
		out += `<line x1="${x}" x2="${x}" y1="${y0}" y2="${y1}"/>`;
		out += `<text x="${x}" y="${y0 - 4}" text-anchor="middle">${esc(num(Math.round(t * 1000) / 1000))}</text>`;
	}
	out += `<text class="unit" x="${scale.left - 6}" y="${y0 - 4}" text-anchor="end">ms</text></g>`;
	return out;
}

/** A lane label in the column left of the plot, shortened to fit; the full name in a title. */
export function laneLabel(name, left, y, lane) {
	const size = lane >= 20 ? 11 : 9;
	const fits = Math.max(6, Math.floor((left - 10) / (size * 0.62))); // monospace: 0.62 em a character
	const text = name.length > fits ? `${name.slice(0, fits - 1)}…` : name;
	return `<text class="lane" x="${left - 6}" y="${y + size / 3}" text-anchor="end" font-size="${size}"><title>${esc(name)}</title>${esc(text)}</text>`;
}

/** How tall a lane is, so that thousands of lanes stay drawable and few stay readable. */
export function laneHeight(lanes) {
	return lanes <= 30 ? 20 : lanes <= 120 ? 10 : lanes <= 600 ? 4 : 2;
}

export function el(tag, attributes = {}, ...children) {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value == null || value === false) {
			continue;
		}
		if (name === 'class') {
			node.className = value;
		}
		else if (name === 'text') {
			node.textContent = value;
		}
		else {
			node.setAttribute(name, value === true ? '' : value);
		}
	}
	node.append(...children.filter((child) => child != null));
	return node;
}
