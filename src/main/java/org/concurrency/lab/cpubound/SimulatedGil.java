package org.concurrency.lab.cpubound;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.Track;

/**
 * CPython's global interpreter lock, rebuilt: a thread may compute only while it holds
 * the one lock, and gives it up after each switch interval (5 ms, CPython's default) so a
 * waiting thread can take a turn. The lock is fair, so the turn goes to the longest
 * waiter, as CPython's forced switching hands it on. However many threads there are, one
 * computes at a time.
 */
final class SimulatedGil {

	static final Duration SWITCH_INTERVAL = Duration.ofMillis(5);

	/** Steps computed between two looks at the clock: about a tenth of a millisecond. */
	private static final long SLICE = 1L << 14;

	private final ReentrantLock lock = new ReentrantLock(true);

	private final AtomicLong acquisitions = new AtomicLong();

	private final AtomicLong waitNanos = new AtomicLong();

	private volatile Thread lastHolder;

	private final Track holders;

	/**
	 * @param holders where each turn is told: who held the GIL, when
	 */
	SimulatedGil(Track holders) {
		this.holders = holders;
	}

	/**
	 * Advances a chain by {@code steps} steps: the first {@code nativeFraction} of them
	 * with the GIL released (as a C extension computes), the rest holding it for each
	 * switch interval.
	 */
	Computed compute(long value, long steps, double nativeFraction, Runnable checkStopped) throws InterruptedException {
		long x = value;
		long done = 0;
		long released = Math.round(steps * nativeFraction);
		long nativeStart = System.nanoTime();
		while (done < released) {
			// no lock: every thread in here computes at once
			long slice = Math.min(SLICE, released - done);
			x = HashChain.advance(x, slice);
			done += slice;
			checkStopped.run();
		}
		long heldNanos = System.nanoTime() - nativeStart;
		while (done < steps) {
			long asked = System.nanoTime();
			// bounded: a stop request is seen
			if (!this.lock.tryLock(1, TimeUnit.SECONDS)) {
				checkStopped.run();
				continue;
			}
			try {
				this.waitNanos.addAndGet(System.nanoTime() - asked);
				if (this.lastHolder != Thread.currentThread()) {
					this.acquisitions.incrementAndGet();
					this.lastHolder = Thread.currentThread();
				}
				long taken = System.nanoTime();
				long until = taken + SWITCH_INTERVAL.toNanos();
				while (done < steps && System.nanoTime() < until) {
					long slice = Math.min(SLICE, steps - done);
					x = HashChain.advance(x, slice);
					done += slice;
				}
				long given = System.nanoTime();
				heldNanos += given - taken;
				this.holders.span(Thread.currentThread().getName(), taken, given);
			}
			finally {
				this.lock.unlock(); // the switch: a waiting thread takes its turn
			}
			checkStopped.run();
		}
		return new Computed(x, Duration.ofNanos(heldNanos));
	}

	/**
	 * How the GIL was shared by {@code threads} threads on {@code cores} cores, each task
	 * running {@code nativeFraction} of its work with it released.
	 */
	Stats stats(double nativeFraction, int threads, int cores) {
		int parallel = Math.min(threads, cores);
		double amdahl = 1 / ((1 - nativeFraction) + nativeFraction / parallel);
		return new Stats(this.acquisitions.get(), SWITCH_INTERVAL.toMillis(), Millis.of(this.waitNanos.get()),
				nativeFraction, Math.round(amdahl * 100) / 100.0);
	}

	/**
	 * What a thread computed.
	 *
	 * @param value the chain's value
	 * @param held how long the thread really computed: holding the GIL, or with it
	 * released
	 */
	record Computed(long value, Duration held) {
	}

	/**
	 * How the GIL was shared.
	 *
	 * @param switches times the GIL passed to another thread
	 * @param switchIntervalMs how long a thread computes before it offers the GIL
	 * @param waitMs time threads spent waiting for the GIL, added up
	 * @param nativeFraction the share of each task's work done with the GIL released
	 * @param amdahlSpeedup the most those threads can gain over one, by Amdahl's law: 1 ÷
	 * ((1 − f) + f ÷ n), with f the native fraction and n the threads that can run at
	 * once
	 */
	record Stats(long switches, long switchIntervalMs, double waitMs, double nativeFraction, double amdahlSpeedup) {
	}

}
