// Light and dark: the system's preference until the reader chooses, then the choice (kept).

const KEY = 'concurrency-lab-theme';

function stored() {
	try {
		return localStorage.getItem(KEY);
	}
	catch {
		return null;
	}
}

function store(theme) {
	try {
		localStorage.setItem(KEY, theme);
	}
	catch {
		// private mode: the choice lasts for this page only
	}
}

/** Wires the toggle; changed() runs after each change (charts read their colours anew). */
export function initTheme(button, changed) {
	const system = window.matchMedia('(prefers-color-scheme: dark)');
	const current = () => document.documentElement.dataset.theme ?? (system.matches ? 'dark' : 'light');
	const sync = () => {
		button.setAttribute('aria-pressed', String(current() === 'dark'));
	};
	const chosen = stored();
	if (chosen === 'dark' || chosen === 'light') {
		document.documentElement.dataset.theme = chosen;
	}
	button.addEventListener('click', () => {
		const next = current() === 'dark' ? 'light' : 'dark';
		document.documentElement.dataset.theme = next;
		store(next);
		sync();
		changed();
	});
	system.addEventListener('change', sync);
	sync();
}
