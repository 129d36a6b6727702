/**
 * Threads themselves: started and joined, reused in a pool, daemon or not (shown in child
 * JVMs that exit, or wait), per-task values that leak through a pooled thread's
 * {@code ThreadLocal} and do not through a {@code ScopedValue}, and the six states a
 * thread is seen in.
 */
@NullMarked
package org.concurrency.lab.threading;

import org.jspecify.annotations.NullMarked;
