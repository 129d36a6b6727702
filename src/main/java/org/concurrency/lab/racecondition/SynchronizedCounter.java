package org.concurrency.lab.racecondition;

/**
 * The fix with Java's built-in monitor: a {@code synchronized} method holds the object's
 * lock for its whole body, and leaving it happens-before the next thread entering it. It
 * cannot be tried with a timeout nor interrupted while waiting to enter, which is why the
 * other fixes use {@code java.util.concurrent.locks}; here every holder keeps it for one
 * pause at most, so a stopped run still drains at once. Since JDK 24 (JEP 491) a virtual
 * thread that blocks on or inside {@code synchronized} no longer pins its carrier thread,
 * so it scales on virtual threads as {@code ReentrantLock} does.
 */
final class SynchronizedCounter implements Counter {

	private long count; // guarded by this

	@Override
	public synchronized void increment(Pause pause) throws InterruptedException {
		long read = this.count; // read
		pause.await(); // others wait to enter the monitor
		this.count = read + 1; // write
	}

	@Override
	public long value() {
		return this.count;
	}

}
