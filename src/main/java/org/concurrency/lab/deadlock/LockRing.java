package org.concurrency.lab.deadlock;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The locks of a ring of workers: {@code lock-0} … {@code lock-(n-1)}. Worker {@code i}
 * owns {@code lock-i} and needs the next one too, {@code lock-(i+1) mod n}: with two
 * workers, the seed's two threads taking {@code lock_a} and {@code lock_b} in opposite
 * orders.
 */
final class LockRing {

	private final List<OwnedLock> locks;

	LockRing(int size) {
		this.locks = IntStream.range(0, size).mapToObj((i) -> new OwnedLock()).toList();
	}

	int size() {
		return this.locks.size();
	}

	/** The lock worker {@code worker} owns. */
	int own(int worker) {
		return worker % size();
	}

	/** The lock worker {@code worker} needs besides its own: the next worker's. */
	int next(int worker) {
		return (worker + 1) % size();
	}

	OwnedLock lock(int index) {
		return this.locks.get(index);
	}

	static String name(int index) {
		return "lock-" + index;
	}

}
