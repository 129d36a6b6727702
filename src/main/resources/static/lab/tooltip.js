// One tooltip for every chart, and keyboard moves between bars: one listener per chart
// (delegated), never one per bar, so 10,000 bars cost nothing more than ten.

import { ms } from './util.js';

let tip;

function tooltip() {
	if (!tip) {
		tip = document.createElement('div');
		tip.id = 'tooltip';
		tip.setAttribute('role', 'tooltip');
		tip.hidden = true;
		document.body.append(tip);
	}
	return tip;
}

/** What a bar says of itself, from its data attributes. */
export function describe(bar) {
	const d = bar.dataset;
	const lines = [];
	if (bar.classList.contains('task')) {
		lines.push(`task ${d.task}`, `worker ${d.worker}`);
		if (d.carrier) {
			lines.push(`carrier ${d.carrier}`);
		}
	}
	else if (bar.classList.contains('track-span')) {
		lines.push(`${d.track}: ${d.label}`);
	}
	else {
		lines.push(`${d.state}`, `worker ${d.worker}`);
		if (d.lock) {
			lines.push(`waits for ${d.lock}`);
		}
	}
	const start = Number(d.start);
	const end = Number(d.end);
	lines.push(`start ${ms(start)}`, `end ${ms(end)}`, `duration ${ms(Math.round((end - start) * 10) / 10)}`);
	if (d.busy) {
		lines.push(`busy ${ms(Number(d.busy))}`);
	}
	return lines;
}

function show(bar) {
	const box = tooltip();
	box.replaceChildren(...describe(bar).map((line) => Object.assign(document.createElement('div'), { textContent: line })));
	box.hidden = false;
	const rect = bar.getBoundingClientRect();
	const width = box.offsetWidth;
	const left = Math.min(window.scrollX + rect.left, window.scrollX + document.documentElement.clientWidth - width - 8);
	box.style.left = `${Math.max(window.scrollX + 4, left)}px`;
	box.style.top = `${window.scrollY + rect.bottom + 6}px`;
}

function hide() {
	if (tip) {
		tip.hidden = true;
	}
}

const BAR = 'rect.task, rect.state, rect.track-span';

/** Tooltips on hover and focus, arrows, Home and End between the chart's bars. */
export function attachChart(chart) {
	chart.addEventListener('pointerover', (event) => {
		const bar = event.target.closest(BAR);
		if (bar) {
			show(bar);
		}
	});
	chart.addEventListener('pointerout', (event) => {
		if (event.target.closest(BAR)) {
			hide();
		}
	});
	chart.addEventListener('focusin', (event) => {
		const bar = event.target.closest(BAR);
		if (bar) {
			show(bar);
		}
	});
	chart.addEventListener('focusout', hide);
	chart.addEventListener('keydown', (event) => {
		const bar = event.target.closest(BAR);
		if (!bar) {
			return;
		}
		if (event.key === 'Escape') {
			hide();
			return;
		}
		const bars = [...chart.querySelectorAll(`rect.${bar.classList[0]}`)];
		const at = bars.indexOf(bar);
		const next = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: bars.length - 1 }[event.key];
		if (next === undefined || !bars[next]) {
			return;
		}
		event.preventDefault();
		bar.setAttribute('tabindex', '-1');
		bars[next].setAttribute('tabindex', '0');
		bars[next].focus();
	});
}
