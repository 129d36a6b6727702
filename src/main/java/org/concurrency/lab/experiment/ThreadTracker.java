package org.concurrency.lab.experiment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Starts a run's threads, counts them, and makes sure none outlives the run. Every thread
 * an experiment starts comes from one of its factories. Platform threads (a few hundred
 * at most) are all kept so that each can be joined. A virtual thread (there may be a
 * million) is kept in the slot of its number and clears it as its last act, so the slots
 * hold only those still running: one array store each way, where a concurrent set would
 * allocate a node per thread and contend on its table.
 * <p>
 * It is a little over 250 lines because it is the engine's one record of every thread a
 * run starts: counts and peaks of platform threads, numbered slots for up to 16,777,216
 * virtual threads, and the thread-state watch.
 */
final class ThreadTracker {

	/** The most virtual threads one run can start: 4,096 blocks of 4,096 slots. */
	static final int MAX_VIRTUAL = VirtualSlots.BLOCK * VirtualSlots.BLOCK;

	private final int platformLimit;

	private final Set<Thread> platform = ConcurrentHashMap.newKeySet();

	private final VirtualSlots virtual = new VirtualSlots();

	private final AtomicInteger virtualStarted = new AtomicInteger();

	private final AtomicInteger platformStarted = new AtomicInteger();

	private final AtomicInteger platformLive = new AtomicInteger();

	private final AtomicInteger platformPeak = new AtomicInteger();

	private final ThreadWatch watch;

	/**
	 * @param platformLimit the most platform threads the run may start
	 * @param watch told of each thread's creation, start and end
	 */
	ThreadTracker(int platformLimit, ThreadWatch watch) {
		this.platformLimit = platformLimit;
		this.watch = watch;
	}

	ThreadFactory platform(String prefix) {
		return (task) -> {
			int number = claimPlatform();
			Thread thread = Thread.ofPlatform().name(prefix + number).unstarted(() -> runTracked(task, true));
			this.platform.add(thread);
			created(thread);
			return thread;
		};
	}

	ThreadFactory virtual(String prefix) {
		return (task) -> {
			int number = this.virtualStarted.getAndIncrement();
			Thread thread = Thread.ofVirtual().name(prefix + number).unstarted(() -> runVirtual(task, number));
			this.virtual.put(number, thread);
			created(thread);
			return thread;
		};
	}

	ForkJoinPool.ForkJoinWorkerThreadFactory forkJoin(String prefix) {
		return (pool) -> {
			int number = claimPlatform();
			ForkJoinWorkerThread thread = new TrackedForkJoinWorker(pool, this);
			thread.setName(prefix + number);
			this.platform.add(thread);
			created(thread);
			return thread;
		};
	}

	private int claimPlatform() {
		int number = this.platformStarted.getAndIncrement();
		if (number >= this.platformLimit) {
			this.platformStarted.decrementAndGet();
			throw new IllegalStateException("lab.limits.platform-threads (" + this.platformLimit + ") reached");
		}
		this.platformPeak.accumulateAndGet(this.platformLive.incrementAndGet(), Math::max);
		return number;
	}

	private void created(Thread thread) {
		this.watch.created(thread);
	}

	private void started(Thread thread) {
		this.watch.started(thread);
	}

	private void runTracked(Runnable task, boolean platform) {
		started(Thread.currentThread());
		try {
			task.run();
		}
		finally {
			ended(Thread.currentThread(), platform);
		}
	}

	private void runVirtual(Runnable task, int number) {
		started(Thread.currentThread());
		try {
			task.run();
		}
		finally {
			this.watch.ended(Thread.currentThread());
			this.virtual.clear(number);
		}
	}

	private void ended(Thread thread, boolean platform) {
		this.watch.ended(thread);
		if (platform) {
			this.platformLive.decrementAndGet();
		}
	}

	int platformStarted() {
		return this.platformStarted.get();
	}

	long virtualStarted() {
		return this.virtualStarted.get();
	}

	int platformPeak() {
		return this.platformPeak.get();
	}

	void interruptAll() {
		tracked().forEach(Thread::interrupt);
	}

	private Stream<Thread> tracked() {
		return Stream.concat(this.platform.stream(), this.virtual.stream());
	}

	/**
	 * Waits for every thread still running to end, interrupting stragglers once the grace
	 * period is half gone.
	 * @return the threads that still run after the grace period
	 */
	List<Thread> awaitAll(Duration grace) throws InterruptedException {
		long deadline = System.nanoTime() + grace.toNanos();
		long interruptAt = System.nanoTime() + grace.toNanos() / 2;
		boolean interrupted = false;
		for (Thread thread : tracked().toList()) {
			while (thread.isAlive() && System.nanoTime() < deadline) {
				if (!interrupted && System.nanoTime() >= interruptAt) {
					interruptAll();
					interrupted = true;
				}
				thread.join(Duration.ofMillis(20));
			}
		}
		return tracked().filter(Thread::isAlive).toList();
	}

	/**
	 * The names of the threads still alive after each has had up to {@code grace} to end.
	 */
	List<String> aliveAfter(Duration grace) throws InterruptedException {
		long deadline = System.nanoTime() + grace.toNanos();
		for (Thread thread : tracked().toList()) {
			thread.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
		}
		return tracked().filter(Thread::isAlive).map(Thread::getName).sorted(ThreadTracker::byNumber).toList();
	}

	/** worker-2 before worker-10. */
	static int byNumber(String a, String b) {
		return (a.length() != b.length()) ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
	}

	/**
	 * The virtual threads still running, each in the slot of its number: up to
	 * {@value #BLOCK} blocks of {@value #BLOCK} slots (16.7 million threads a run), each
	 * made when a number first reaches it.
	 */
	private static final class VirtualSlots {

		private static final int BLOCK = 4096;

		private final AtomicReferenceArray<@Nullable AtomicReferenceArray<@Nullable Thread>> blocks = new AtomicReferenceArray<>(
				BLOCK);

		void put(int number, Thread thread) {
			if (number < 0 || number / BLOCK >= BLOCK) {
				throw new IllegalStateException("a run may start at most " + BLOCK * BLOCK + " virtual threads");
			}
			AtomicReferenceArray<@Nullable Thread> block = this.blocks.get(number / BLOCK);
			if (block == null) {
				this.blocks.compareAndSet(number / BLOCK, null, new AtomicReferenceArray<>(BLOCK));
				block = this.blocks.get(number / BLOCK);
			}
			block.setRelease(number % BLOCK, thread);
		}

		void clear(int number) {
			this.blocks.get(number / BLOCK).setRelease(number % BLOCK, null);
		}

		Stream<Thread> stream() {
			List<Thread> live = new ArrayList<>();
			for (int b = 0; b < this.blocks.length(); b++) {
				AtomicReferenceArray<@Nullable Thread> block = this.blocks.get(b);
				if (block == null) {
					continue;
				}
				for (int i = 0; i < BLOCK; i++) {
					Thread thread = block.getAcquire(i);
					if (thread != null) {
						live.add(thread);
					}
				}
			}
			return live.stream();
		}

	}

	private static final class TrackedForkJoinWorker extends ForkJoinWorkerThread {

		private final ThreadTracker tracker;

		TrackedForkJoinWorker(ForkJoinPool pool, ThreadTracker tracker) {
			super(null, pool, true);
			this.tracker = tracker;
		}

		@Override
		protected void onStart() {
			super.onStart();
			this.tracker.started(this);
		}

		@Override
		protected void onTermination(Throwable exception) {
			super.onTermination(exception);
			this.tracker.ended(this, true);
		}

	}

}
