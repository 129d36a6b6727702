/**
 * Tasks that compute, run sequentially, on platform threads, in child JVMs, on virtual
 * threads, in a ForkJoinPool, and under a simulated GIL: computing needs cores, and in
 * Java threads get them all, unlike CPython's.
 */
@NullMarked
package org.concurrency.lab.cpubound;

import org.jspecify.annotations.NullMarked;
