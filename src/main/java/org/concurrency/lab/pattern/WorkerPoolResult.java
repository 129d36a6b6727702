package org.concurrency.lab.pattern;

import java.util.List;
import java.util.Map;

/**
 * What {@code worker-pool} found: the same tasks, with a pause in the producer, consumed
 * three ways.
 *
 * @param tasks tasks 1..tasks, each of which doubles its number
 * @param expected the total of every result: 2 + 4 + … + 2n = n(n+1)
 * @param emptyMeansDone the seed's workers, who stop when the queue stays empty
 * @param poisonPill workers who stop only on an end marker
 * @param fixedThreadPool {@code Executors.newFixedThreadPool}
 */
public record WorkerPoolResult(int tasks, long expected, PoolRun emptyMeansDone, PoolRun poisonPill,
		PoolRun fixedThreadPool) {

	/**
	 * One run.
	 *
	 * @param how how the workers know there is no more work
	 * @param processed tasks processed
	 * @param missing tasks never processed
	 * @param duplicates tasks processed more than once
	 * @param result the total of the results
	 * @param perWorker tasks each worker processed
	 * @param pausedMs how long the producer paused half-way
	 * @param gaveUp workers who left while the producer paused
	 * @param leftInQueue tasks left in the queue at the end
	 * @param threadsAliveAfter the run's threads alive once it said it was done
	 * @param durationMs how long the run took
	 */
	public record PoolRun(String how, int processed, int missing, int duplicates, long result,
			Map<String, Integer> perWorker, double pausedMs, int gaveUp, int leftInQueue,
			List<String> threadsAliveAfter, double durationMs) {
	}

}
