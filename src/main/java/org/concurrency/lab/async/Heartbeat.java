package org.concurrency.lab.async;

import java.util.concurrent.atomic.AtomicLong;

/**
 * An event loop's heartbeat: a periodic timer on the loop that counts its ticks and the
 * longest gap between two of them. A loop that is free ticks about every period; a loop
 * whose thread is busy or blocked does not tick at all until it is free again, and the
 * gap says for how long it stood still.
 */
final class Heartbeat {

	private final AtomicLong beats = new AtomicLong();

	private final AtomicLong longestGap = new AtomicLong();

	private volatile long last = System.nanoTime();

	/** One tick: to be run by the loop, every period. */
	void beat() {
		long now = System.nanoTime();
		this.longestGap.accumulateAndGet(now - this.last, Math::max);
		this.last = now;
		this.beats.incrementAndGet();
	}

	long beats() {
		return this.beats.get();
	}

	long longestGap() {
		return this.longestGap.get();
	}

	/** Starts measuring gaps anew; returns the time it did. */
	long reset() {
		this.longestGap.set(0);
		return System.nanoTime();
	}

}
