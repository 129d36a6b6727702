// A document of the lab on a page of its own (GET /guide, /README.md, /docs/…, rendered by the
// lab): the theme toggle, and the Java listings highlighted as the code panel highlights code.

import { highlightListings } from './code.js';
import { initTheme } from './theme.js';

initTheme(document.querySelector('.theme-toggle'), () => {});
highlightListings(document.querySelector('#document'));
document.body.dataset.ready = 'true';
