package org.concurrency.lab.memorymodel;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Set;
import java.util.concurrent.ThreadFactory;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A litmus test and the harness that runs it, in the way of jcstress: a batch of fresh
 * state objects, two actor threads that each run their lines on every object of the batch
 * in step, then the first actor tallies what each object holds. The actors meet once a
 * batch, not once a sample (a volatile round number and a counter), which is how millions
 * of samples fit in a second. Uses only the JDK, so a child JVM runs it too, and avoids
 * lambdas there ({@code WorkerMain} explains why).
 * <p>
 * It is longer than most classes because it is the one harness the four litmus tests
 * share: batches, the two actors' threads or child JVM, the tally and the report.
 */
public abstract class Litmus {

	/** Samples a batch: small, so that the actors stay close to each other's index. */
	static final int BATCH = 128;

	/** Spins before an actor waiting for the other yields its core. */
	static final int SPINS = 1 << 10;

	static final String ACCEPTABLE = "acceptable";

	static final String INTERESTING = "interesting";

	static final String FORBIDDEN = "forbidden";

	/** The test as the URL names it. */
	abstract String name();

	/** The modes it runs in. */
	abstract Set<Mode> modes();

	/** A batch of fresh state. */
	abstract Object batch(int size, Mode mode);

	/** A batch of {@code size} fresh states. */
	static <S> S[] fresh(IntFunction<S[]> array, int size, Supplier<S> state) {
		S[] batch = array.apply(size);
		for (int i = 0; i < size; i++) {
			batch[i] = state.get();
		}
		return batch;
	}

	/**
	 * The {@link VarHandle} of a field of a test's state, for its release, acquire and
	 * opaque modes.
	 */
	static VarHandle handle(Class<?> state, String field, Class<?> type) {
		try {
			return MethodHandles.lookup().findVarHandle(state, field, type);
		}
		catch (ReflectiveOperationException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	abstract void actor1(Object batch, Mode mode);

	abstract void actor2(Object batch, Mode mode);

	/** Adds each object's outcome to {@code counts}. */
	abstract void tally(Object batch, long[] counts);

	/** Its outcomes, as jcstress writes them. */
	abstract String[] outcomes();

	abstract String expect(int outcome, Mode mode);

	abstract String description(int outcome, Mode mode);

	/** The test named {@code name}. */
	static Litmus named(String name) {
		return switch (name) {
			case "store-buffering" -> new StoreBuffering();
			case "message-passing" -> new MessagePassing();
			case "access-atomicity" -> new AccessAtomicity();
			case "increment" -> new Increment();
			default -> throw new IllegalArgumentException("no litmus test " + name);
		};
	}

	/** What a run of the harness may wait with and how it is stopped. */
	interface Waits {

		/** Throws if the run was stopped. */
		void checkStopped();

		/** Waits for {@code thread}, bounded. */
		void join(Thread thread) throws InterruptedException;

	}

	/** What the actors counted: each outcome's samples, and when they ran. */
	record Tally(long[] counts, long samples, long startNanos, long endNanos) {

		long samplesPerSecond() {
			long elapsed = Math.max(1, this.endNanos - this.startNanos);
			return Math.round(this.samples * 1e9 / elapsed);
		}

	}

	/** Runs the test for {@code budgetNanos} on two threads from {@code threads}. */
	Tally run(Mode mode, long budgetNanos, ThreadFactory threads, Waits waits) throws InterruptedException {
		Harness harness = new Harness(this, mode, budgetNanos, waits);
		Thread first = threads.newThread(harness.leader());
		Thread second = threads.newThread(harness.follower());
		first.start();
		second.start();
		waits.join(first);
		waits.join(second);
		if (harness.failure != null) {
			if (harness.failure instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(harness.failure);
		}
		return new Tally(harness.counts, harness.samples, harness.start, harness.end);
	}

	/** The two actors' handshake. */
	private static final class Harness {

		final Litmus test;

		final Mode mode;

		final long budgetNanos;

		final Waits waits;

		final long[] counts;

		/** The batch of {@link #round}, published by the volatile write of round. */
		Object batch = new Object();

		volatile int round;

		volatile boolean stop;

		final AtomicInteger finished = new AtomicInteger();

		volatile long samples;

		volatile long start;

		volatile long end;

		volatile Throwable failure;

		Harness(Litmus test, Mode mode, long budgetNanos, Waits waits) {
			this.test = test;
			this.mode = mode;
			this.budgetNanos = budgetNanos;
			this.waits = waits;
			this.counts = new long[test.outcomes().length];
		}

		Runnable leader() {
			return new Runnable() {
				@Override
				public void run() {
					lead();
				}
			};
		}

		Runnable follower() {
			return new Runnable() {
				@Override
				public void run() {
					follow();
				}
			};
		}

		/** Actor 1: makes each batch, runs its lines, waits for actor 2, tallies. */
		void lead() {
			long started = System.nanoTime();
			this.start = started;
			long deadline = started + this.budgetNanos;
			long done = 0;
			try {
				for (int r = 1; System.nanoTime() < deadline; r++) {
					this.waits.checkStopped();
					Object next = this.test.batch(BATCH, this.mode);
					this.batch = next;
					this.round = r; // go: actor 2 sees the batch
					this.test.actor1(next, this.mode);
					this.finished.incrementAndGet();
					int spins = 0;
					while (this.finished.get() < 2 * r) { // actor 2 still at it
						if (this.stop) {
							return;
						}
						if ((++spins & 0xFFFF) == 0) {
							// a stuck actor 2 cannot hold this one past the run's end
							this.waits.checkStopped();
						}
						pause(spins);
					}
					this.test.tally(next, this.counts);
					done += BATCH;
				}
			}
			catch (Throwable ex) {
				this.failure = ex;
			}
			finally {
				this.end = System.nanoTime();
				this.samples = done;
				this.stop = true;
			}
		}

		/**
		 * Spins a while, then yields: on a busy machine the other actor may wait for a
		 * core, and a spin would keep it off this one.
		 */
		private static void pause(int spins) {
			if (spins < SPINS) {
				Thread.onSpinWait();
			}
			else {
				Thread.yield();
			}
		}

		/** Actor 2: waits for each round, runs its lines on its batch. */
		void follow() {
			try {
				for (int r = 1;; r++) {
					int spins = 0;
					while (this.round < r) {
						if (this.stop) {
							return;
						}
						if ((++spins & 0xFFFF) == 0) {
							this.waits.checkStopped();
						}
						pause(spins);
					}
					this.test.actor2(this.batch, this.mode);
					this.finished.incrementAndGet();
				}
			}
			catch (Throwable ex) {
				this.failure = ex;
				this.stop = true;
			}
		}

	}

}
