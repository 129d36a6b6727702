package org.concurrency.lab.deadlock;

import java.util.concurrent.locks.ReentrantLock;

/** An account of the seed's bank; its balance is guarded by its lock. */
final class Account {

	final int id;

	final String name;

	final ReentrantLock lock = new ReentrantLock();

	/** Guarded by {@link #lock}. */
	long balance;

	Account(int id, String name, long balance) {
		this.id = id;
		this.name = name;
		this.balance = balance;
	}

	long balance() {
		this.lock.lock();
		try {
			return this.balance;
		}
		finally {
			this.lock.unlock();
		}
	}

}
