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
	 * Advances a chain by {@code steps} steps, holding the GIL for each switch interval.
	 */
	Computed compute(long value, long steps, Runnable checkStopped) throws InterruptedException {
		long x = value;
		long done = 0;
		long heldNanos = 0;
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
				long released = System.nanoTime();
				heldNanos += released - taken;
				this.holders.span(Thread.currentThread().getName(), taken, released);
			}
			finally {
				this.lock.unlock(); // the switch: a waiting thread takes its turn
			}
			checkStopped.run();
		}
		return new Computed(x, Duration.ofNanos(heldNanos));
	}

	Stats stats() {
		return new Stats(this.acquisitions.get(), SWITCH_INTERVAL.toMillis(), Millis.of(this.waitNanos.get()));
	}

	/**
	 * What a thread computed under the GIL.
	 *
	 * @param value the chain's value
	 * @param held how long the thread held the GIL: the time it really computed
	 */
	record Computed(long value, Duration held) {
	}

	/**
	 * How the GIL was shared.
	 *
	 * @param switches times the GIL passed to another thread
	 * @param switchIntervalMs how long a thread computes before it offers the GIL
	 * @param waitMs time threads spent waiting for the GIL, added up
	 */
	record Stats(long switches, long switchIntervalMs, double waitMs) {
	}

}
