/**
 * Python's asyncio, retold with {@code CompletableFuture}: gather, as_completed,
 * wait_for, run_in_executor, exceptions and cancellation, and threads that hand results
 * and coroutines to the loop (call_soon_threadsafe, run_coroutine_threadsafe), and
 * producers and consumers over the loop's bounded queue (asyncio.Queue), on a
 * single-threaded event loop whose timers complete futures without holding a thread; and
 * what goes wrong when the loop is blocked, a future is cancelled while its work runs on,
 * or a worker runs the loop's callbacks on its own thread.
 */
@NullMarked
package org.concurrency.lab.async;

import org.jspecify.annotations.NullMarked;
