package org.concurrency.lab.async;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What {@code gather} found.
 *
 * @param results the tasks' results in the order they were started, as
 * {@code asyncio.gather} returns them (the first lab.limits.timeline-entries)
 * @param tasks each task's wait, result and end (the first lab.limits.timeline-entries)
 * @param totalMs how long gathering every task took
 * @param slowestDelayMs the longest single wait
 * @param sumOfDelaysMs every wait added up: what running them one after another costs
 * @param sequentialMs how long the same waits took awaited one after another; null if
 * that would have outlasted the deadline
 */
public record GatherResult(List<String> results, List<GatheredTask> tasks, double totalMs, double slowestDelayMs,
		double sumOfDelaysMs, @Nullable Double sequentialMs) {

	/**
	 * One gathered task.
	 *
	 * @param task its index
	 * @param delayMs how long it waited
	 * @param result what it returned
	 * @param endMs when it ended, in ms since the experiment began
	 */
	public record GatheredTask(int task, double delayMs, String result, double endMs) {
	}

}
