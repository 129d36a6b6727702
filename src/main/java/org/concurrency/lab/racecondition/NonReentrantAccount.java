package org.concurrency.lab.racecondition;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The broken twin of {@link ReentrantAccount}: the same {@code deposit()} calling
 * {@code add()}, each taking the account's lock, but the lock is a {@code Semaphore(1)},
 * which, like Python's {@code threading.Lock}, does not know who holds it. The thread in
 * {@code deposit()} holds the only permit, so in {@code add()} it waits for itself: a
 * deadlock of one thread. With {@code acquire()} it would wait forever; here both waits
 * are a {@code tryAcquire} with a timeout, so the inner one fails instead, every time,
 * and the lab can say how long it waited.
 */
final class NonReentrantAccount {

	static final String LOCK = "Semaphore(1)";

	private final Semaphore mutex = new Semaphore(1);

	private long balance; // guarded by mutex

	/**
	 * Deposits once, giving the nested acquire {@code patience} before it gives up.
	 */
	SelfDeadlock deposit(long amount, Duration patience) throws InterruptedException {
		if (!this.mutex.tryAcquire(patience.toNanos(), TimeUnit.NANOSECONDS)) {
			throw new IllegalStateException("nobody else uses this account, yet its lock was taken");
		}
		try {
			long asked = System.nanoTime();
			// the same thread asks again: the only permit is its own
			boolean inner = this.mutex.tryAcquire(patience.toNanos(), TimeUnit.NANOSECONDS);
			double waitedMs = Math.round((System.nanoTime() - asked) / 1e4) / 100.0;
			if (inner) { // never: the only permit is held by this very thread
				try {
					this.balance += amount;
				}
				finally {
					this.mutex.release();
				}
			}
			return new SelfDeadlock(LOCK, inner, !inner, waitedMs);
		}
		finally {
			this.mutex.release();
		}
	}

	/**
	 * What happened when a thread holding a non-reentrant lock asked for it again.
	 *
	 * @param lock the lock used
	 * @param innerAcquired whether the nested acquire got the lock (never)
	 * @param wouldDeadlock whether an acquire without a timeout would have waited forever
	 * for the thread itself
	 * @param waitedMs how long the nested acquire waited before giving up
	 */
	record SelfDeadlock(String lock, boolean innerAcquired, boolean wouldDeadlock, double waitedMs) {
	}

}
