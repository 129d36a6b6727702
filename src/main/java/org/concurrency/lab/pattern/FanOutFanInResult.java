package org.concurrency.lab.pattern;

import java.util.List;
import java.util.Map;

/**
 * What {@code fan-out-fan-in} found: the same tasks, results fanned in through a queue
 * and added into a shared total.
 *
 * @param tasks tasks 1..tasks fanned out
 * @param expected the total every result should add up to: 2 + 4 + … + 2n = n(n+1)
 * @param fanIn results through a queue to one collector
 * @param sharedTotal results added into one shared field by the workers
 */
public record FanOutFanInResult(int tasks, long expected, FanRun fanIn, FanRun sharedTotal) {

	/**
	 * One run.
	 *
	 * @param how how the results were brought together
	 * @param processed tasks the workers processed
	 * @param total the total the results added up to
	 * @param lost expected minus total
	 * @param missing tasks whose result never arrived
	 * @param duplicates results that arrived twice
	 * @param perWorker tasks each worker processed
	 * @param threadsAliveAfter the run's threads alive once it said it was done
	 * @param durationMs how long the run took
	 */
	public record FanRun(String how, int processed, long total, long lost, int missing, int duplicates,
			Map<String, Integer> perWorker, List<String> threadsAliveAfter, double durationMs) {
	}

}
