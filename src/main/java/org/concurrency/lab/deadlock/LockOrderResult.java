package org.concurrency.lab.deadlock;

import java.util.List;

/**
 * What the workers of a ring did when every one took its locks in one global order.
 *
 * @param workers each worker's locks, in the order it took them
 * @param acquisitions locks taken, all workers together
 * @param completed workers that got both their locks and finished
 * @param detectorPolls times the JVM's detector was asked during the run
 * @param deadlocked whether the detector ever reported one of the workers: never
 */
public record LockOrderResult(List<OrderedWorker> workers, int acquisitions, int completed, int detectorPolls,
		boolean deadlocked) {

	/**
	 * One worker of the ring.
	 *
	 * @param worker its thread
	 * @param first the lock it took first: the lower-numbered of its two
	 * @param second the lock it took second
	 * @param finishedAtMs when it had both, from the moment all started
	 */
	public record OrderedWorker(String worker, String first, String second, double finishedAtMs) {
	}

}
