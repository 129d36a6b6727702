/**
 * Python's asyncio, retold with {@code CompletableFuture}: gather, as_completed,
 * wait_for, run_in_executor, exceptions and cancellation, on a single-threaded event loop
 * whose timers complete futures without holding a thread; and what goes wrong when the
 * loop is blocked or a future is cancelled while its work runs on.
 */
@NullMarked
package org.concurrency.lab.async;

import org.jspecify.annotations.NullMarked;
