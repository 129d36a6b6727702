/**
 * The lab's documents as pages of the lab: GUIDE.md at {@code /guide}, README.md and
 * docs/, rendered from Markdown with CommonMark. GUIDE.md's conventions become the
 * page's: each Java listing is captioned with the file it is copied from (and set beside
 * the next one, broken before fixed), and each curl of an experiment becomes a link that
 * opens that experiment in the lab's page with the curl's body in its form.
 */
@NullMarked
package org.concurrency.lab.guide;

import org.jspecify.annotations.NullMarked;
