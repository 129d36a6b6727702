/**
 * Child JVMs, the Java counterpart of Python's {@code multiprocessing}: processes with
 * their own pid, heap and exit code, talking to the lab over their standard input and
 * output (queue, pipe, a pool of reused workers), and sharing a counter in a
 * memory-mapped file, unsafe or guarded by a file lock, or a dict served by a manager
 * process. On the JVM threads already run in parallel; processes are for isolation, and
 * every message between them crosses a pipe.
 */
@NullMarked
package org.concurrency.lab.multiprocessing;

import org.jspecify.annotations.NullMarked;
