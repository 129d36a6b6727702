package org.concurrency.lab.async;

import java.util.ArrayDeque;
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
 * touch, such as its {@link Queue}, checks that it is on the loop ({@link #inLoop}).
 * Closing the loop drops the timers not yet due and ends its thread.
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

	/** {@code asyncio.Queue(maxsize=capacity)} of this loop. */
	<T> Queue<T> queue(int capacity) {
		return new Queue<>(capacity);
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

	/**
	 * {@code asyncio.Queue(maxsize)}: a bounded FIFO queue of one loop. {@link #put} and
	 * {@link #get} return futures that the loop completes: a put waits while the queue is
	 * full, a get while it is empty, and no thread is held meanwhile. As asyncio's, it
	 * has no lock, since only the loop's thread touches it: a call from another thread is
	 * refused.
	 *
	 * @param <T> the items
	 */
	final class Queue<T> {

		private final int capacity;

		private final ArrayDeque<T> items = new ArrayDeque<>();

		private final ArrayDeque<CompletableFuture<T>> getters = new ArrayDeque<>();

		private final ArrayDeque<Putter<T>> putters = new ArrayDeque<>();

		private int maxSize;

		private Queue(int capacity) {
			this.capacity = capacity;
		}

		/** {@code await queue.put(item)}: completes once the item is in the queue. */
		CompletableFuture<Void> put(T item) {
			requireLoop("put");
			if (this.items.size() < this.capacity) {
				add(item);
				handToGetters();
				return CompletableFuture.completedFuture(null);
			}
			CompletableFuture<Void> added = new CompletableFuture<>();
			this.putters.add(new Putter<>(item, added)); // full: it waits for room
			return added;
		}

		/** {@code await queue.get()}: completes with the oldest item. */
		CompletableFuture<T> get() {
			requireLoop("get");
			if (!this.items.isEmpty()) {
				T item = this.items.poll();
				admitPutters();
				return CompletableFuture.completedFuture(item);
			}
			CompletableFuture<T> taken = new CompletableFuture<>();
			this.getters.add(taken); // empty: it waits for an item
			return taken;
		}

		/** Items in the queue now. */
		int size() {
			return this.items.size();
		}

		/** The most items the queue has held at once. */
		int maxSize() {
			return this.maxSize;
		}

		private void add(T item) {
			this.items.add(item);
			this.maxSize = Math.max(this.maxSize, this.items.size());
		}

		/**
		 * Waiting getters take the oldest items, their futures completed soon, on the
		 * loop.
		 */
		private void handToGetters() {
			while (!this.getters.isEmpty() && !this.items.isEmpty()) {
				CompletableFuture<T> getter = this.getters.poll();
				T item = this.items.poll();
				execute(() -> getter.complete(item)); // call_soon: the getter resumes on
														// a later turn
				admitPutters();
			}
		}

		/** Waiting putters add their items while there is room. */
		private void admitPutters() {
			while (!this.putters.isEmpty() && this.items.size() < this.capacity) {
				Putter<T> putter = this.putters.poll();
				add(putter.item());
				execute(() -> putter.added().complete(null));
				handToGetters();
			}
		}

		private void requireLoop(String call) {
			if (!inLoop()) {
				// asyncio: "... is bound to a different event loop"
				throw new IllegalStateException(
						"queue." + call + " called on " + Thread.currentThread().getName() + ", not on the loop");
			}
		}

	}

	/** A put waiting for room. */
	private record Putter<T>(T item, CompletableFuture<Void> added) {
	}

}
