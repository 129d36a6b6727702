package org.concurrency.lab.racecondition;

import java.time.Duration;
import java.util.Locale;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.RunContext;

/**
 * The ways to let many threads increment one counter: the race, and its fixes. Every
 * variant runs the same read–pause–write (or the same pause, for {@code long-adder}) in
 * {@link Race}, so their throughputs compare the same work; each differs only in its
 * {@link Counter}, and in the lesson its note draws.
 */
enum CounterRace implements RaceConditionVariant<RaceRequest, RaceResult> {

	/** {@link UnsafeCounter}: nothing between read and write; updates are lost. */
	@Endpoint(label = "unsafe", summary = "Read, pause, write back plus one, unprotected: increments are lost")
	UNSAFE {
		@Override
		public String note(RaceRequest request, RaceResult result) {
			if (result.lostIncrements() > 0) {
				return format("%d threads each read the counter, paused %d µs and wrote back what they had read "
						+ "plus one: %,d of %,d increments were lost (final_counter %,d), each overwritten by a "
						+ "thread that had read the same value.", request.numWorkers(), request.pauseMicros(),
						result.lostIncrements(), result.expected(), result.actual());
			}
			if (request.numWorkers() == 1) {
				return format("One thread cannot race with itself: all %,d increments counted. Ask for more "
						+ "num_workers.", result.expected());
			}
			return format("No increment was lost this time, but nothing prevented it: with pause_micros %d "
					+ "the window between read and write is %s. Raise pause_micros (default %d) to lose updates "
					+ "every time.", request.pauseMicros(),
					(request.pauseMicros() == 0) ? "a few nanoseconds (counter++)" : "short",
					RaceRequest.DEFAULT_PAUSE_MICROS);
		}
	},

	/** {@link LockCounter}: a {@code ReentrantLock} around read–pause–write. */
	@Endpoint(label = "lock", summary = "A ReentrantLock around read-pause-write: exact, one thread at a time")
	LOCK {
		@Override
		public String note(RaceRequest request, RaceResult result) {
			return format(
					"A ReentrantLock let one of %d threads at a time through read-pause-write: %,d of %,d "
							+ "increments counted, %,d lost; the price is that the pauses ran one after another "
							+ "(%,.0f increments/s).",
					request.numWorkers(), result.actual(), result.expected(), result.lostIncrements(),
					result.throughputPerSec());
		}
	},

	/**
	 * {@link ReentrantAccount}: a locked {@code deposit()} calling a locked
	 * {@code add()}, beside {@link NonReentrantAccount}, the same nesting deadlocking on
	 * itself.
	 */
	@Endpoint(label = "rlock",
			summary = "A locked deposit() calling a locked add(): reentrant (hold count 2) vs a Semaphore(1) that deadlocks on itself")
	RLOCK {
		@Override
		public RaceResult run(RaceRequest request, RunContext context) throws Exception {
			NonReentrantAccount.SelfDeadlock broken = new NonReentrantAccount().deposit(1,
					context.within(SELF_DEADLOCK_PATIENCE));
			ReentrantAccount account = new ReentrantAccount();
			return race(account, request, context).withReentrancy(account.holdCount(), broken);
		}

		@Override
		public String note(RaceRequest request, RaceResult result) {
			NonReentrantAccount.SelfDeadlock broken = result.nonReentrant();
			return format("deposit() held a ReentrantLock and called add(), which took it again (hold count %d): "
					+ "%,d of %,d deposits counted. The same nesting with a %s, which like Python's Lock does not "
					+ "know its owner, deadlocked on itself: the inner tryAcquire waited %.1f ms for the permit its "
					+ "own thread held, and failed.", result.holdCount(), result.actual(), result.expected(),
					(broken != null) ? broken.lock() : "", (broken != null) ? broken.waitedMs() : 0.0);
		}
	},

	/** {@link SynchronizedCounter}: the object's monitor around read–pause–write. */
	@Endpoint(label = "synchronized", summary = "A synchronized method around read-pause-write: the built-in monitor")
	SYNCHRONIZED {
		@Override
		public String note(RaceRequest request, RaceResult result) {
			return format("A synchronized method let one of %d threads at a time through read-pause-write: "
					+ "%,d of %,d increments counted, %,d lost, at %,.0f increments/s, like the ReentrantLock (and "
					+ "since JDK 24 it no longer pins a virtual thread's carrier either).", request.numWorkers(),
					result.actual(), result.expected(), result.lostIncrements(), result.throughputPerSec());
		}
	},

	/** {@link AtomicCounter}: read, pause, compare-and-set, retry. */
	@Endpoint(label = "atomic",
			summary = "An AtomicLong compare-and-set loop: no lock, retried when another thread wrote first")
	ATOMIC {
		@Override
		public RaceResult run(RaceRequest request, RunContext context) throws Exception {
			AtomicCounter counter = new AtomicCounter();
			return race(counter, request, context).withRetries(counter.retries());
		}

		@Override
		public String note(RaceRequest request, RaceResult result) {
			return format(
					"compareAndSet wrote only if nobody had written since the read: %,d of %,d increments "
							+ "counted, %,d lost, after %,d retries (each a read, a pause and a failed compare-and-set "
							+ "redone), at %,.0f increments/s.",
					result.actual(), result.expected(), result.lostIncrements(), result.retries(),
					result.throughputPerSec());
		}
	},

	/** {@link AdderCounter}: one atomic increment, no window at all. */
	@Endpoint(label = "long-adder", summary = "LongAdder.increment(): one atomic step, no window to lose an update in")
	LONG_ADDER {
		@Override
		public String note(RaceRequest request, RaceResult result) {
			return format(
					"LongAdder.increment() has no read to pause after, so the pauses ran outside it, on "
							+ "all %d threads at once: %,d of %,d increments counted, %,d lost, at %,.0f increments/s, "
							+ "with no thread waiting for another.",
					request.numWorkers(), result.actual(), result.expected(), result.lostIncrements(),
					result.throughputPerSec());
		}
	};

	/** How long the non-reentrant lock's nested acquire waits before it gives up. */
	static final Duration SELF_DEADLOCK_PATIENCE = Duration.ofMillis(100);

	@Override
	public RaceResult run(RaceRequest request, RunContext context) throws Exception {
		return race(counter(), request, context);
	}

	private Counter counter() {
		return switch (this) {
			case UNSAFE -> new UnsafeCounter();
			case LOCK -> new LockCounter();
			case RLOCK -> new ReentrantAccount();
			case SYNCHRONIZED -> new SynchronizedCounter();
			case ATOMIC -> new AtomicCounter();
			case LONG_ADDER -> new AdderCounter();
		};
	}

	private static RaceResult race(Counter counter, RaceRequest request, RunContext context) throws Exception {
		long nanos = Race.run(counter, request, context);
		return RaceResult.of(request.expected(), counter.value(), nanos);
	}

	private static String format(String format, Object... args) {
		return String.format(Locale.ROOT, format, args);
	}

}
