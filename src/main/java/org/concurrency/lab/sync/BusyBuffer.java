package org.concurrency.lab.sync;

import org.concurrency.lab.experiment.RunContext;

/** Without conditions: look, let go of the lock, look again at once. */
final class BusyBuffer extends Buffer {

	BusyBuffer(ConditionRequest request) {
		super(request);
	}

	@Override
	String label() {
		return "busy-polling";
	}

	@Override
	void put(int item, RunContext context) throws Exception {
		while (true) {
			context.lock(this.lock);
			try {
				if (this.queue.size() < this.capacity) {
					add(item);
					return;
				}
				this.fullWaits++; // full: look again, burning CPU meanwhile
			}
			finally {
				this.lock.unlock();
			}
			Thread.onSpinWait();
			context.checkStopped();
		}
	}

	@Override
	int take(RunContext context) throws Exception {
		while (true) {
			context.lock(this.lock);
			try {
				if (!this.queue.isEmpty()) {
					return remove();
				}
				if (this.taken == this.total) {
					return -1;
				}
				this.emptyWaits++;
			}
			finally {
				this.lock.unlock();
			}
			Thread.onSpinWait();
			context.checkStopped();
		}
	}

}
