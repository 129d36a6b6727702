package org.concurrency.lab.racecondition;

import java.util.concurrent.atomic.LongAdder;

/**
 * The fix that removes the window: {@link LongAdder#increment()} is one atomic step with
 * no read to pause after, so the pause can only run before it, outside any critical
 * section, on every thread at once. Under contention a {@code LongAdder} spreads the
 * count over cells that threads hash into (no more cells than the first power of two at
 * or above the CPU count), and adds them up in {@code sum()}: the fastest way to count,
 * when nobody needs the value on every step.
 */
final class AdderCounter implements Counter {

	private final LongAdder count = new LongAdder();

	@Override
	public void increment(Pause pause) throws InterruptedException {
		pause.await(); // the same work, but nothing to protect: no value was read
		this.count.increment(); // read, add and write in one atomic step
	}

	@Override
	public long value() {
		return this.count.sum();
	}

}
