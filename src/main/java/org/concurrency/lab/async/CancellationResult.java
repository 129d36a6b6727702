package org.concurrency.lab.async;

import java.util.List;

/**
 * What {@code cancellation} found: the same tasks cancelled through two kinds of future.
 *
 * @param cancelledAtMs when the even-numbered tasks were cancelled, in ms since the
 * experiment began
 * @param completableFuture cancelled with {@code CompletableFuture.cancel(true)}
 * @param future cancelled with {@code Future.cancel(true)} on the executor's future
 */
public record CancellationResult(double cancelledAtMs, CancellationRun completableFuture, CancellationRun future) {

	/**
	 * One way of cancelling.
	 *
	 * @param how what was cancelled
	 * @param cancelled the tasks cancelled (even-numbered and still running at the time)
	 * @param finished the tasks left alone, which ran to their end
	 * @param workRanOn cancelled tasks whose work still ran to its end
	 * @param workStopped cancelled tasks whose work stopped before its end
	 * @param tasks each task (the first lab.limits.timeline-entries / 2)
	 */
	public record CancellationRun(String how, List<Integer> cancelled, List<Integer> finished, int workRanOn,
			int workStopped, List<CancelledTask> tasks) {
	}

	/**
	 * One task.
	 *
	 * @param task its index
	 * @param delayMs how long its work takes when nothing stops it
	 * @param cancelled whether it was cancelled
	 * @param futureState what its future says: {@code cancelled} or {@code completed}
	 * @param work how the work behind the future ended: {@code finished} or
	 * {@code interrupted}
	 * @param stepsDone steps of 10 ms the work did
	 * @param stepsPlanned steps the whole work has
	 * @param workEndedMs when the work ended, in ms since the experiment began
	 */
	public record CancelledTask(int task, double delayMs, boolean cancelled, String futureState, String work,
			int stepsDone, int stepsPlanned, double workEndedMs) {
	}

}
