package org.concurrency.lab.experiment;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

import org.jspecify.annotations.Nullable;

/**
 * Watches the states of a run's threads: told by the run's thread factories when each is
 * created, starts and ends (so those moments are exact), and sampled in between by the
 * engine every {@link #EVERY_MS} ms through {@link Thread#getState()}, with what a
 * waiting thread waits for from {@link LockSupport#getBlocker} or, for a platform thread,
 * the {@link ThreadMXBean}. Bounded: a run that starts more than the lab's
 * {@code watched-threads} is no longer watched at all, and a run keeps at most
 * {@link #SPANS} spans in all.
 */
final class ThreadWatch {

	/** How often the engine samples a watched run. */
	static final int EVERY_MS = 5;

	static final int SPANS = 5_000;

	/**
	 * A wait that lasts is looked up again every this many samples (100 ms): the lock's
	 * owner may change while the thread still waits.
	 */
	static final int RELOOK = 20;

	private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

	private final int limit;

	private final LongFunction<Double> sinceStart;

	private final Map<Thread, Lane> lanes = new ConcurrentHashMap<>();

	private final AtomicInteger created = new AtomicInteger();

	private final AtomicInteger spans = new AtomicInteger();

	private volatile @Nullable String skipped;

	/**
	 * @param limit the most threads watched
	 * @param sinceStart milliseconds since the run began, of a {@link System#nanoTime()}
	 */
	ThreadWatch(int limit, LongFunction<Double> sinceStart) {
		this.limit = limit;
		this.sinceStart = sinceStart;
		if (limit <= 0) {
			this.skipped = "thread states are off (lab.limits.watched-threads=0)";
		}
	}

	/** A thread of the run was created: its lane begins, {@code NEW}. */
	void created(Thread thread) {
		if (this.skipped != null) {
			return;
		}
		int number = this.created.incrementAndGet();
		if (number > this.limit) {
			this.skipped = "the run started more than " + this.limit
					+ " threads (lab.limits.watched-threads), too many to watch";
			this.lanes.clear();
			return;
		}
		this.lanes.put(thread, new Lane(number, thread, now(), this.spans));
	}

	/** The thread runs its task now. */
	void started(Thread thread) {
		Lane lane = this.lanes.get(thread);
		if (lane != null) {
			lane.enter(Thread.State.RUNNABLE, null, now());
		}
	}

	/** The thread's task is over: it is as good as {@code TERMINATED}. */
	void ended(Thread thread) {
		Lane lane = this.lanes.get(thread);
		if (lane != null) {
			lane.end(now());
		}
	}

	/** Reads every live watched thread's state once. */
	void sample() {
		if (this.skipped != null) {
			return;
		}
		for (Lane lane : this.lanes.values()) {
			lane.sample(now());
		}
	}

	/** The lanes as they stand, each closed at the run's end. */
	ThreadStates report() {
		String why = this.skipped;
		if (why != null) {
			return ThreadStates.skipped(why);
		}
		double end = now();
		List<Lane> ordered = new ArrayList<>(this.lanes.values());
		ordered.sort((a, b) -> Integer.compare(a.number, b.number));
		return ThreadStates.sampled(EVERY_MS, ordered.stream().map((lane) -> lane.worker(end)).toList());
	}

	private double now() {
		return this.sinceStart.apply(System.nanoTime());
	}

	/** One thread's spans; changed by the sampler and by the thread itself. */
	private static final class Lane {

		private final int number;

		private final AtomicInteger budget;

		private final Thread thread;

		private final String name;

		private final List<ThreadStates.Span> spans = new ArrayList<>();

		private Thread.State state = Thread.State.NEW;

		private @Nullable String lock;

		private double since;

		private boolean ended;

		private boolean truncated;

		private @Nullable Object blocker;

		private int samplesSinceLookup;

		Lane(int number, Thread thread, double since, AtomicInteger budget) {
			this.number = number;
			this.budget = budget;
			this.thread = thread;
			this.name = thread.getName();
			this.since = since;
		}

		synchronized void sample(double now) {
			if (this.ended) {
				return;
			}
			Thread.State seen = this.thread.getState();
			if (seen == Thread.State.NEW || seen == Thread.State.TERMINATED) {
				// not started yet, or its end is told by end()
				return;
			}
			enter(seen, waitingFor(seen), now);
		}

		synchronized void enter(Thread.State next, @Nullable String lock, double now) {
			if (this.ended || (next == this.state && Objects.equals(lock, this.lock))) {
				return;
			}
			close(now);
			this.state = next;
			this.lock = lock;
			this.since = now;
		}

		synchronized void end(double now) {
			enter(Thread.State.TERMINATED, null, now);
			this.ended = true;
		}

		private void close(double now) {
			if (this.budget.incrementAndGet() <= SPANS) {
				this.spans.add(new ThreadStates.Span(this.state.name(), Millis.round(this.since), Millis.round(now),
						this.lock));
			}
			else {
				this.truncated = true;
			}
		}

		synchronized ThreadStates.Worker worker(double end) {
			List<ThreadStates.Span> all = new ArrayList<>(this.spans);
			all.add(new ThreadStates.Span(this.state.name(), Millis.round(this.since),
					Millis.round(Math.max(end, this.since)), this.lock));
			return new ThreadStates.Worker(this.name, this.thread.isVirtual(), all, this.truncated);
		}

		/**
		 * What a blocked or waiting thread waits for: the object it parked on, or for a
		 * platform thread in a monitor, what the JVM says of it, with its owner.
		 */
		private @Nullable String waitingFor(Thread.State seen) {
			if (seen == Thread.State.RUNNABLE) {
				this.blocker = null;
				return null;
			}
			Object blocker = LockSupport.getBlocker(this.thread);
			boolean same = seen == this.state && blocker == this.blocker && ++this.samplesSinceLookup < RELOOK;
			this.blocker = blocker;
			if (same) {
				// the same wait as sampled before
				return this.lock;
			}
			this.samplesSinceLookup = 0;
			if (!this.thread.isVirtual()) {
				ThreadInfo info = MX.getThreadInfo(this.thread.threadId());
				if (info != null && info.getLockName() != null) {
					return describe(info.getLockName(), info.getLockOwnerName());
				}
			}
			return (blocker != null) ? describe(
					blocker.getClass().getName() + "@" + Integer.toHexString(System.identityHashCode(blocker)), null)
					: null;
		}

		private static String describe(String lockName, @Nullable String owner) {
			String simple = lockName.substring(lockName.lastIndexOf('.') + 1);
			return (owner != null) ? simple + " held by " + owner : simple;
		}

	}

}
