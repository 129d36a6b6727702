package org.concurrency.lab.sync;

import java.util.ArrayDeque;
import java.util.concurrent.locks.ReentrantLock;

import org.concurrency.lab.experiment.RunContext;

/**
 * The bounded buffer of {@code sync/condition}: items in a bounded queue, guarded by one
 * lock; counts are written under it and read once every thread has ended. How a full or
 * empty buffer is waited on is the variant: {@link ConditionBuffer} or
 * {@link BusyBuffer}.
 */
abstract sealed class Buffer permits ConditionBuffer, BusyBuffer {

	final ReentrantLock lock = new ReentrantLock();

	final ArrayDeque<Integer> queue = new ArrayDeque<>();

	final int capacity;

	final int total;

	int taken;

	int maxOccupancy;

	long fullWaits;

	long emptyWaits;

	Buffer(ConditionRequest request) {
		this.capacity = request.capacity();
		this.total = request.items();
	}

	abstract String label();

	abstract void put(int item, RunContext context) throws Exception;

	/** The next item, or -1 once every item has been taken. */
	abstract int take(RunContext context) throws Exception;

	void add(int item) {
		this.queue.addLast(item);
		this.maxOccupancy = Math.max(this.maxOccupancy, this.queue.size());
	}

	int remove() {
		this.taken++;
		return this.queue.removeFirst();
	}

}
