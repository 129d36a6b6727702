package org.concurrency.lab.queue;

import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Which item ids were produced and how many times each was consumed: loss (produced,
 * never consumed) and duplication (consumed more than once) are counted by id, not
 * inferred from totals that could hide one behind the other.
 */
final class Ledger {

	private final AtomicIntegerArray produced;

	private final AtomicIntegerArray consumed;

	Ledger(int items) {
		this.produced = new AtomicIntegerArray(items);
		this.consumed = new AtomicIntegerArray(items);
	}

	void produced(int id) {
		this.produced.incrementAndGet(id);
	}

	void consumed(int id) {
		this.consumed.incrementAndGet(id);
	}

	int produced() {
		return sum(this.produced);
	}

	int consumed() {
		return sum(this.consumed);
	}

	/** Ids produced and never consumed. */
	int lost() {
		int lost = 0;
		for (int id = 0; id < this.produced.length(); id++) {
			if (this.produced.get(id) > 0 && this.consumed.get(id) == 0) {
				lost++;
			}
		}
		return lost;
	}

	/** Consumptions beyond the first of an id. */
	int duplicated() {
		int duplicated = 0;
		for (int id = 0; id < this.consumed.length(); id++) {
			duplicated += Math.max(0, this.consumed.get(id) - 1);
		}
		return duplicated;
	}

	private static int sum(AtomicIntegerArray counts) {
		int sum = 0;
		for (int id = 0; id < counts.length(); id++) {
			sum += counts.get(id);
		}
		return sum;
	}

}
