package org.concurrency.lab.sync;

import java.util.concurrent.locks.Condition;

import org.concurrency.lab.experiment.RunContext;

/** The primitive: wait on a condition, and be signalled. */
final class ConditionBuffer extends Buffer {

	private final Condition notFull = this.lock.newCondition();

	private final Condition notEmpty = this.lock.newCondition();

	ConditionBuffer(ConditionRequest request) {
		super(request);
	}

	@Override
	String label() {
		return "condition";
	}

	@Override
	void put(int item, RunContext context) throws Exception {
		context.lock(this.lock);
		try {
			while (this.queue.size() == this.capacity) { // while, not if
				this.fullWaits++;
				context.await(this.notFull); // lets go of the lock, sleeps
			}
			add(item);
			this.notEmpty.signal(); // a consumer may go on
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	int take(RunContext context) throws Exception {
		context.lock(this.lock);
		try {
			while (this.queue.isEmpty()) {
				if (this.taken == this.total) {
					return -1;
				}
				this.emptyWaits++;
				context.await(this.notEmpty);
			}
			int item = remove();
			this.notFull.signal(); // a producer may go on
			if (this.taken == this.total) {
				// the end: every waiting consumer may leave
				this.notEmpty.signalAll();
			}
			return item;
		}
		finally {
			this.lock.unlock();
		}
	}

}
