/**
 * Race conditions: many threads increment one counter, first with nothing between reading
 * it and writing it back (updates are lost), then with each fix side by side — a lock, a
 * reentrant lock, a monitor, a compare-and-set loop, a {@code LongAdder} — and a flag
 * that a reader never sees change, because no happens-before edge makes it visible.
 */
@NullMarked
package org.concurrency.lab.racecondition;

import org.jspecify.annotations.NullMarked;
