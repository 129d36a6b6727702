// The form of an experiment, built from its operation in the lab's OpenAPI document: each
// property of the request body with its description, default, range and choices.

import { el, esc } from './util.js';

function resolve(doc, schema) {
	let s = schema;
	for (let hops = 0; s?.$ref && hops < 10; hops++) {
		s = doc.components?.schemas?.[s.$ref.split('/').pop()];
	}
	if (s?.allOf) {
		const parts = s.allOf.map((part) => resolve(doc, part));
		return { ...s, properties: Object.assign({}, ...parts.map((part) => part?.properties ?? {}), s.properties ?? {}) };
	}
	const choice = s?.anyOf ?? s?.oneOf;
	if (choice) {
		const real = choice.filter((part) => part.type !== 'null');
		return real.length === 1 ? { ...resolve(doc, real[0]), ...s, anyOf: undefined, oneOf: undefined } : s;
	}
	return s;
}

function typeOf(property) {
	const type = Array.isArray(property.type) ? property.type.find((t) => t !== 'null') : property.type;
	return type ?? (property.enum ? 'string' : 'string');
}

/** The operation and its body's fields, or null when the document has no such POST. */
export function operationOf(doc, path) {
	const operation = doc?.paths?.[path]?.post;
	if (!operation) {
		return null;
	}
	const body = resolve(doc, operation.requestBody?.content?.['application/json']?.schema);
	const fields = Object.entries(body?.properties ?? {}).map(([name, raw]) => {
		const property = resolve(doc, raw) ?? {};
		return { name, ...property, type: typeOf(property), items: property.items ? resolve(doc, property.items) : undefined };
	});
	return { operation, description: body?.description, fields };
}

function shown(value) {
	return value == null ? '' : Array.isArray(value) ? value.join(', ') : String(value);
}

function control(field) {
	const id = `f-${field.name}`;
	const common = { id, name: field.name, 'data-default': shown(field.default), 'aria-describedby': `d-${field.name} e-${field.name}` };
	if (field.enum || field.type === 'boolean') {
		const choices = field.enum ?? [true, false];
		const select = el('select', common);
		if (field.default == null) {
			select.append(el('option', { value: '', text: '(default)' }));
		}
		for (const choice of choices) {
			select.append(el('option', { value: String(choice), text: String(choice), selected: String(choice) === shown(field.default) }));
		}
		return select;
	}
	const numeric = field.type === 'integer' || field.type === 'number';
	return el('input', {
		...common,
		type: numeric ? 'number' : 'text',
		inputmode: field.type === 'integer' ? 'numeric' : null,
		step: field.type === 'integer' ? '1' : numeric ? 'any' : null,
		min: field.minimum ?? null,
		max: field.maximum ?? null,
		value: shown(field.default),
		placeholder: field.type === 'array' ? 'comma-separated' : shown(field.example ?? field.default),
	});
}

function hint(field) {
	const parts = [];
	if (field.default != null) {
		parts.push(`default ${shown(field.default)}`);
	}
	if (field.minimum != null && field.maximum != null) {
		parts.push(`${field.minimum} to ${field.maximum}`);
	}
	else if (field.minimum != null) {
		parts.push(`at least ${field.minimum}`);
	}
	else if (field.maximum != null) {
		parts.push(`at most ${field.maximum}`);
	}
	return parts.join(' · ');
}

/** Fills the fields box with one labelled control per body property. */
export function buildFields(box, fields) {
	box.replaceChildren(...fields.map((field) => {
		const help = el('p', { class: 'field-help', id: `d-${field.name}` }, field.description ?? '',
			el('span', { class: 'field-hint', text: hint(field) }));
		return el('div', { class: 'field', 'data-field': field.name },
			el('label', { for: `f-${field.name}`, text: field.name }), control(field), help,
			el('p', { class: 'field-error', id: `e-${field.name}`, 'data-error-for': field.name }));
	}));
	if (fields.length === 0) {
		box.append(el('p', { class: 'field-help', text: 'This experiment takes no parameters.' }));
	}
}

function parse(field, text) {
	if (field.type === 'array') {
		const items = text.split(',').map((item) => item.trim()).filter(Boolean);
		return items.map((item) => parse(field.items ?? { type: 'string' }, item));
	}
	if (field.type === 'integer') {
		return /^-?\d+$/.test(text) ? Number(text) : text; // the lab names a wrong type better than the page
	}
	if (field.type === 'number') {
		return text !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
	}
	if (field.type === 'boolean') {
		return text === 'true' ? true : text === 'false' ? false : text;
	}
	return text;
}

/** The body to send: only the fields whose value differs from the default. */
export function bodyOf(box, fields) {
	const body = {};
	for (const field of fields) {
		const input = box.querySelector(`[name="${CSS.escape(field.name)}"]`);
		const text = input.value.trim();
		if (text !== '' && text !== input.dataset.default) {
			body[field.name] = parse(field, text);
		}
	}
	return body;
}

/** Puts values in the form's fields (a run's params, a link's body); answers the names it has no field for. */
export function fillValues(box, values) {
	const unknown = [];
	for (const [name, value] of Object.entries(values ?? {})) {
		const input = box.querySelector(`[name="${CSS.escape(name)}"]`);
		if (!input) {
			unknown.push(name);
		}
		else if (Array.isArray(value)) {
			input.value = value.join(', ');
		}
		else if (value != null && typeof value !== 'object') {
			input.value = String(value);
		}
	}
	return unknown;
}

/**
 * Fills the form from a link's JSON body (the guide's "run it"), over the defaults; answers
 * what to tell the reader, and whether all of it was used.
 */
export function fillBody(box, text) {
	resetFields(box);
	let body;
	try {
		body = JSON.parse(text);
	}
	catch {
		body = null;
	}
	if (body == null || typeof body !== 'object' || Array.isArray(body)) {
		return { used: false, message: `The link's body is not a JSON object, so the form shows the defaults: ${text}` };
	}
	const unknown = fillValues(box, body);
	if (unknown.length > 0) {
		return { used: false, message: `This experiment has no field ${unknown.join(', ')}: the form shows the rest of the link's body, and the defaults.` };
	}
	return { used: true, message: `The form holds the link's body, ${JSON.stringify(body)}: press Run to run it.` };
}

export function resetFields(box) {
	for (const input of box.querySelectorAll('[data-default]')) {
		input.value = input.dataset.default;
	}
	clearProblem(box);
}

export function clearProblem(box) {
	for (const error of box.querySelectorAll('[data-error-for]')) {
		error.textContent = '';
	}
	for (const input of box.querySelectorAll('[aria-invalid]')) {
		input.removeAttribute('aria-invalid');
	}
}

function message(error) {
	const text = error.message ?? error.allowed ?? error.reason ?? 'not allowed';
	const limit = error.limit ? ` (${error.limit})` : '';
	const rejected = error.rejected_value ?? error.rejected;
	return `${text}${limit}${rejected != null ? `; given ${JSON.stringify(rejected)}` : ''}`;
}

/** A problem+json answer: each error beside its field, the rest and the detail in the box above. */
export function showProblem(box, problemBox, problem, status) {
	clearProblem(box);
	const unplaced = [];
	for (const error of problem.errors ?? []) {
		const name = String(error.field ?? '').split(/[.[]/)[0];
		const slot = box.querySelector(`[data-error-for="${CSS.escape(name)}"]`);
		if (slot) {
			slot.textContent = slot.textContent ? `${slot.textContent} ${message(error)}` : message(error);
			slot.previousElementSibling?.previousElementSibling?.setAttribute('aria-invalid', 'true');
		}
		else {
			unplaced.push(`<li><code>${esc(error.field ?? '?')}</code>: ${esc(message(error))}</li>`);
		}
	}
	const title = problem.title ?? `Error ${status}`;
	problemBox.innerHTML = `<strong>${esc(title)}</strong> <span class="problem-detail">${esc(problem.detail ?? '')}</span>${unplaced.length ? `<ul>${unplaced.join('')}</ul>` : ''}`;
	problemBox.hidden = false;
	box.querySelector('[aria-invalid]')?.focus();
}
