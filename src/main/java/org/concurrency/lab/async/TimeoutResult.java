package org.concurrency.lab.async;

import java.util.List;

/**
 * What {@code timeout} found: the same tasks bounded two ways.
 *
 * @param timeoutMs the time each task was given
 * @param defaultValue the value {@code completeOnTimeout} gives a late task
 * @param orTimeout bounded by {@code orTimeout} alone: late futures fail, late work runs
 * on
 * @param cancelled bounded by {@code completeOnTimeout}, late work told to stop
 */
public record TimeoutResult(double timeoutMs, String defaultValue, TimeoutRun orTimeout, TimeoutRun cancelled) {

	/**
	 * One way of bounding the tasks.
	 *
	 * @param how what was done on timeout
	 * @param timedOut the tasks whose future timed out
	 * @param workFinishedAfterTimeout of those, how many works still ran to their end
	 * @param workStopped of those, how many works were stopped before their end
	 * @param tasks each task (the first lab.limits.timeline-entries / 2)
	 */
	public record TimeoutRun(String how, List<Integer> timedOut, int workFinishedAfterTimeout, int workStopped,
			List<TimeoutTask> tasks) {
	}

	/**
	 * One task.
	 *
	 * @param task its index
	 * @param delayMs how long its work takes when nothing stops it
	 * @param outcome {@code completed}, or {@code timed_out}
	 * @param value what its future gave: its result, the default value, or the exception
	 * @param settledMs when its future completed, in ms since the experiment began
	 * @param work how the work behind the future ended: {@code finished},
	 * {@code stopped by its flag}, {@code interrupted}
	 * @param stepsDone steps of 10 ms the work did
	 * @param stepsPlanned steps the whole work has
	 * @param workEndedMs when the work ended, in ms since the experiment began
	 */
	public record TimeoutTask(int task, double delayMs, String outcome, String value, double settledMs, String work,
			int stepsDone, int stepsPlanned, double workEndedMs) {
	}

}
