package org.concurrency.lab.racecondition;

import java.util.concurrent.locks.ReentrantLock;

/**
 * A bank account whose lock is re-entered, as seed 004's {@code RLock} example re-enters
 * its lock (seed 002's account, for all its {@code RLock}, never does): {@code deposit()}
 * holds the account's lock and calls {@code add()}, which takes the same lock again. A
 * reentrant lock knows its owner and counts how often it holds it ({@code getHoldCount()}
 * is 2 inside {@code add()}), so the nested lock passes at once, and only the last unlock
 * lets another thread in. {@code ReentrantLock}, {@code ReentrantReadWriteLock} and
 * {@code synchronized} are reentrant; {@code StampedLock} is not, and
 * {@link NonReentrantAccount} shows the same nesting with a lock that is not.
 */
final class ReentrantAccount implements Counter {

	private final ReentrantLock lock = new ReentrantLock();

	private long balance; // guarded by lock

	private volatile int holdCount;

	@Override
	public void increment(Pause pause) throws InterruptedException {
		deposit(1, pause);
	}

	void deposit(long amount, Pause pause) throws InterruptedException {
		this.lock.lockInterruptibly();
		try {
			add(amount, pause); // takes the lock this thread already holds
		}
		finally {
			this.lock.unlock();
		}
	}

	private void add(long amount, Pause pause) throws InterruptedException {
		this.lock.lockInterruptibly(); // the owner again: the hold count goes to 2
		try {
			this.holdCount = this.lock.getHoldCount();
			long read = this.balance; // read
			pause.await();
			this.balance = read + amount; // write
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public long value() {
		return this.balance;
	}

	/** How many times the thread in {@code add()} held the lock. */
	int holdCount() {
		return this.holdCount;
	}

}
