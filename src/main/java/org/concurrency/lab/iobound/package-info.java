/**
 * Tasks that wait, run sequentially, on platform threads, as callbacks and on virtual
 * threads: waiting needs no CPU, so what matters is how many waits overlap and what a
 * waiting task holds while it waits.
 */
@NullMarked
package org.concurrency.lab.iobound;

import org.jspecify.annotations.NullMarked;
