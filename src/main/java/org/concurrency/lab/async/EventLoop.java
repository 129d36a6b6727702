package org.concurrency.lab.async;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import org.concurrency.lab.experiment.RunContext;
import org.jspecify.annotations.Nullable;

/**
 * A single-threaded event loop, as asyncio's: one platform thread of the run runs every
 * timer and every callback, in the order they fall due. A timer that completes a future
 * is {@code asyncio.sleep}: nothing waits while it is pending. Another thread hands work
 * to the loop with {@link #execute} ({@code loop.call_soon_threadsafe}) or
 * {@link #submit} ({@code asyncio.run_coroutine_threadsafe}); what only the loop may
 * touch can check that it is on the loop ({@link #inLoop}). Closing the loop drops the
 * timers not yet due and ends its thread.
 */
final class EventLoop implements Executor, AutoCloseable {

	private final ScheduledThreadPoolExecutor loop;

	private volatile @Nullable Thread thread;

	EventLoop(RunContext context, String name) {
		ThreadFactory threads = context.platformThreads(name + "-");
		this.loop = new ScheduledThreadPoolExecutor(1, (runnable) -> {
			Thread created = threads.newThread(runnable);
			this.thread = created; // its one thread
			return created;
		});
		this.loop.setRemoveOnCancelPolicy(true); // a cancelled timer leaves the queue
		this.loop.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		this.loop.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
	}

	/**
	 * Runs {@code setup} on the loop's thread and returns what it made. Tasks created
	 * there, as {@code asyncio.create_task} creates them on the loop, cannot fire before
	 * all of them exist with their callbacks: they fire in the order they fall due, and
	 * every callback runs on the loop. (A callback added to a future that has already
	 * completed would run at once on the thread adding it.)
	 */
	<T> T create(Supplier<T> setup, RunContext context) throws Exception {
		return context.get(CompletableFuture.supplyAsync(setup, this.loop));
	}

	/**
	 * Runs {@code action} on the loop's thread as soon as it is free: from any thread, as
	 * {@code loop.call_soon_threadsafe} does.
	 */
	@Override
	public void execute(Runnable action) {
		this.loop.execute(action);
	}

	/**
	 * {@code asyncio.run_coroutine_threadsafe}: starts {@code coroutine} on the loop from
	 * any thread; the future completes, on the loop, when the coroutine's does. A thread
	 * other than the loop's may wait for it; the loop's own thread never can, since the
	 * coroutine needs that thread to run.
	 */
	<T> CompletableFuture<T> submit(Supplier<CompletableFuture<T>> coroutine) {
		return CompletableFuture.supplyAsync(coroutine, this.loop).thenCompose(Function.identity());
	}

	/** Whether the calling thread is the loop's. */
	boolean inLoop() {
		return Thread.currentThread() == this.thread;
	}

	/** The name of the loop's thread, once it has started. */
	String threadName() {
		Thread started = this.thread;
		return (started != null) ? started.getName() : "";
	}

	/** Runs {@code action} on the loop at {@code originNanos + offsetNanos}. */
	ScheduledFuture<?> at(long originNanos, long offsetNanos, Runnable action) {
		long delay = originNanos + offsetNanos - System.nanoTime();
		return this.loop.schedule(action, Math.max(0, delay), TimeUnit.NANOSECONDS);
	}

	/** Runs {@code action} on the loop every {@code periodNanos}, from the given time. */
	ScheduledFuture<?> every(long originNanos, long offsetNanos, long periodNanos, Runnable action) {
		long delay = originNanos + offsetNanos - System.nanoTime();
		return this.loop.scheduleAtFixedRate(action, Math.max(0, delay), periodNanos, TimeUnit.NANOSECONDS);
	}

	/**
	 * {@code asyncio.sleep}: a future the loop completes at
	 * {@code originNanos + offsetNanos}; no thread waits for it.
	 */
	CompletableFuture<Void> sleepUntil(long originNanos, long offsetNanos) {
		CompletableFuture<Void> done = new CompletableFuture<>();
		at(originNanos, offsetNanos, () -> done.complete(null));
		return done;
	}

	/** {@code asyncio.sleep(delay)} from now. */
	CompletableFuture<Void> sleep(long nanos) {
		return sleepUntil(System.nanoTime(), nanos);
	}

	@Override
	public void close() {
		this.loop.close();
	}

}
