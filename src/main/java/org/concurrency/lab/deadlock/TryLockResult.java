package org.concurrency.lab.deadlock;

import java.util.List;

/**
 * What the workers of a ring did when each took its second lock with
 * {@code tryLock(timeout)} and backed off when it failed.
 *
 * @param workers each worker's tries
 * @param retries failed tries, all workers together: at least 1, since every worker held
 * its first lock before any asked for its second
 * @param completed workers that got both their locks and finished
 * @param detectorSawCycle whether the JVM's detector, polled during the run, reported the
 * workers as deadlocked while they all waited in {@code tryLock}: it cannot tell a timed
 * wait that will give up from one that never will
 */
public record TryLockResult(List<RetryingWorker> workers, int retries, int completed, boolean detectorSawCycle) {

	/**
	 * One worker of the ring.
	 *
	 * @param worker its thread
	 * @param own the lock it holds first
	 * @param next the lock it tries for
	 * @param retries times its {@code tryLock} timed out and it released its own lock
	 * @param backoffMs time it spent backing off, in all
	 * @param finishedAtMs when it had both locks, from the moment all held their first
	 */
	public record RetryingWorker(String worker, String own, String next, int retries, long backoffMs,
			double finishedAtMs) {
	}

}
