package org.concurrency.lab.racecondition;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The fix as the seed writes it, {@code with lock:} around read–pause–write: a
 * {@link ReentrantLock} lets one thread at a time through, so no read can fall between
 * another thread's read and write. Unlocking also publishes the write: the next thread to
 * lock sees it (unlock happens-before the next lock). The price is that the pauses now
 * run one after another. {@code lockInterruptibly} rather than {@code lock} so that a
 * thread waiting for the lock still ends when the run is stopped.
 */
final class LockCounter implements Counter {

	private final ReentrantLock lock = new ReentrantLock();

	private long count; // guarded by lock

	@Override
	public void increment(Pause pause) throws InterruptedException {
		this.lock.lockInterruptibly();
		try {
			long read = this.count; // read
			pause.await(); // others wait at the lock
			this.count = read + 1; // write
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public long value() {
		return this.count;
	}

}
