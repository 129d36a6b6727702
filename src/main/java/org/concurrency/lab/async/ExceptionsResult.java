package org.concurrency.lab.async;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * What {@code exceptions} found: the same failing tasks, collected and fail-fast.
 *
 * @param failing the tasks that fail
 * @param collected every outcome collected, as {@code gather(return_exceptions=True)}
 * @param failFast the first failure fails the whole and cancels the rest
 */
public record ExceptionsResult(List<Integer> failing, ExceptionsRun collected, ExceptionsRun failFast) {

	/**
	 * One way of gathering.
	 *
	 * @param how what it does with an error
	 * @param endedMs when the whole completed (fail-fast: when it failed), in ms since
	 * the experiment began
	 * @param error the error the whole failed with, for fail-fast
	 * @param succeeded the tasks that returned a result
	 * @param failed the tasks that failed
	 * @param cancelled the tasks cancelled before their work ran
	 * @param tasks each task (the first lab.limits.timeline-entries / 2)
	 */
	public record ExceptionsRun(String how, double endedMs,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String error, List<Integer> succeeded,
			List<Integer> failed, List<Integer> cancelled, List<ExceptionTask> tasks) {
	}

	/**
	 * One task.
	 *
	 * @param task its index
	 * @param delayMs how long it waits before it returns or fails
	 * @param outcome {@code result}, {@code error} or {@code cancelled}
	 * @param value its result, its error's message, or why it has neither
	 * @param endedMs when its work ended, in ms since the experiment began; -1 if it
	 * never ran
	 * @param workRan whether its work ran at all
	 */
	public record ExceptionTask(int task, double delayMs, String outcome, String value, double endedMs,
			boolean workRan) {
	}

}
