package org.concurrency.lab.async;

import java.util.List;

/**
 * What {@code as-completed} found: the same results taken in completion order and in
 * submission order.
 *
 * @param completionOrder the tasks in the order they completed (they were started 0, 1,
 * 2, …, slowest first)
 * @param asCompleted each result in the order the as-completed consumer took it
 * @param inSubmissionOrder each result in the order a consumer joining the futures one by
 * one took it
 * @param firstResultMs when the as-completed consumer had its first result
 * @param firstResultInSubmissionOrderMs when the in-order consumer had its first result
 */
public record AsCompletedResult(List<Integer> completionOrder, List<Received> asCompleted,
		List<Received> inSubmissionOrder, double firstResultMs, double firstResultInSubmissionOrderMs) {

	/**
	 * One result as a consumer received it (the first lab.limits.timeline-entries).
	 *
	 * @param task the task's index, its place in submission order
	 * @param delayMs how long it waited
	 * @param endMs when it ended, in ms since the experiment began
	 * @param receivedMs when the consumer took its result
	 */
	public record Received(int task, double delayMs, double endMs, double receivedMs) {
	}

}
