package org.concurrency.lab.racecondition;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The fix without a lock: read, pause, then {@code compareAndSet(read, read + 1)}, which
 * writes only if the count still holds what was read, in one atomic step; if another
 * thread wrote in between, it fails and the increment starts again. No update is lost;
 * the lost work shows as {@code retries}. {@code incrementAndGet()} itself is specified
 * as one atomic add, with no pause to keep; it may be implemented as such a loop, and on
 * x86 the JIT makes it one {@code lock xadd}, which never retries. {@code AtomicLong}'s
 * reads and writes are volatile, so the count is also visible to every thread.
 */
final class AtomicCounter implements Counter {

	private final AtomicLong count = new AtomicLong();

	private final LongAdder retries = new LongAdder();

	@Override
	public void increment(Pause pause) throws InterruptedException {
		while (true) {
			long read = this.count.get(); // read
			pause.await(); // another thread may write meanwhile
			if (this.count.compareAndSet(read, read + 1)) { // write, only if nobody did
				return;
			}
			this.retries.increment(); // somebody did: read again
		}
	}

	@Override
	public long value() {
		return this.count.get();
	}

	/** Compare-and-sets that failed and were tried again. */
	long retries() {
		return this.retries.sum();
	}

}
