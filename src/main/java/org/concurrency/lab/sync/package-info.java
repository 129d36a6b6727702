/**
 * More synchronization primitives, each beside what goes wrong without it: a latch that
 * releases every waiter at once (Python's {@code Event}) beside polling a flag, a bounded
 * buffer on a lock and two conditions beside one that busy-polls, a cyclic barrier that
 * keeps parties in step beside parties that run ahead, and a read-write lock that lets
 * readers in together beside a plain lock that takes them one by one.
 */
@NullMarked
package org.concurrency.lab.sync;

import org.jspecify.annotations.NullMarked;
