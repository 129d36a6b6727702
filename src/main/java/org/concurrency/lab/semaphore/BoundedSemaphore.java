package org.concurrency.lab.semaphore;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import org.concurrency.lab.experiment.RunContext;

/**
 * A semaphore that refuses to be released more times than it was acquired, as Python's
 * {@code threading.BoundedSemaphore} does ({@code ValueError: Semaphore released too many
 * times}). {@link Semaphore} keeps no such count: its {@code release()} adds a permit
 * whoever calls it, so a release too many silently raises the limit for good.
 * <p>
 * The held permits are counted apart, and a release takes one from that count with a
 * compare-and-set before it returns the permit: two releases racing for the last held
 * permit cannot both succeed, so the free permits never exceed the initial count. Like
 * Python's, it bounds the count, not ownership: it cannot tell which release was the
 * wrong one, only that there was one too many.
 */
final class BoundedSemaphore implements Permits {

	private final Semaphore permits;

	private final int initialPermits;

	private final AtomicInteger held = new AtomicInteger();

	BoundedSemaphore(int permits) {
		this.permits = new Semaphore(permits, true);
		this.initialPermits = permits;
	}

	@Override
	public boolean tryAcquire() {
		return held(this.permits.tryAcquire());
	}

	@Override
	public void acquire(RunContext context) throws InterruptedException {
		context.acquire(this.permits);
		this.held.incrementAndGet();
	}

	private boolean held(boolean acquired) {
		if (acquired) {
			this.held.incrementAndGet();
		}
		return acquired;
	}

	/**
	 * Returns a permit.
	 * @throws IllegalStateException if no permit is held: the release is one too many
	 */
	@Override
	public void release() {
		int held;
		do {
			held = this.held.get();
			if (held == 0) {
				throw new IllegalStateException(
						"released too many times: all " + this.initialPermits + " permits are already free");
			}
		}
		while (!this.held.compareAndSet(held, held - 1));
		this.permits.release();
	}

	@Override
	public int availablePermits() {
		return this.permits.availablePermits();
	}

	int initialPermits() {
		return this.initialPermits;
	}

}
