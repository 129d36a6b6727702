package org.concurrency.lab.deadlock;

import java.util.List;
import java.util.stream.IntStream;

import org.concurrency.lab.experiment.RunContext;
import org.concurrency.lab.experiment.StartGate;

/**
 * The locks of a ring of workers: {@code lock-0} … {@code lock-(n-1)}. Worker {@code i}
 * owns {@code lock-i} and needs the next one too, {@code lock-(i+1) mod n}: with two
 * workers, the seed's two threads taking {@code lock_a} and {@code lock_b} in opposite
 * orders. The ring also holds the gate its workers start at, and the thread each runs on.
 */
final class LockRing {

	/** The worker the lab interrupts to break the cycle. */
	static final int VICTIM = 0;

	private final List<OwnedLock> locks;

	private final StartGate gate;

	private final Thread[] workers;

	LockRing(int size, RunContext context) {
		this.locks = IntStream.range(0, size).mapToObj((i) -> new OwnedLock()).toList();
		this.gate = context.startGate(size);
		this.workers = new Thread[size];
	}

	/** The gate every worker arrives at, and the run opens when all have. */
	StartGate gate() {
		return this.gate;
	}

	/**
	 * Worker {@code worker} runs on the calling thread; called before it arrives at the
	 * gate.
	 */
	void enter(int worker) {
		this.workers[worker] = Thread.currentThread();
	}

	/** The workers' threads, once the gate has opened. */
	List<Thread> threads() {
		return List.of(this.workers);
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
