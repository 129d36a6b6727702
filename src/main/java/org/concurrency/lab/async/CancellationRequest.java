package org.concurrency.lab.async;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * Tasks of which the even-numbered are cancelled mid-way; a missing field takes its
 * default.
 *
 * @param tasks how many tasks
 * @param delay the longest task's work in seconds: task {@code i} works
 * {@code delay × (i + 1) / tasks}
 * @param cancelAfter seconds after the start at which the even-numbered tasks still
 * running are cancelled
 */
@Schema(description = "Tasks of which the even-numbered are cancelled mid-way. Every field is optional.")
public record CancellationRequest(
		@Schema(description = "Tasks to run (at most lab.limits.tasks).", defaultValue = "5", example = "5",
				minimum = "1") @Positive Integer tasks,
		@Schema(description = "The longest task's work in seconds (at most lab.limits.delay): task i works "
				+ "delay × (i + 1) / tasks.", defaultValue = "0.5", example = "0.5",
				minimum = "0") @PositiveOrZero Double delay,
		@Schema(description = "Seconds after the start at which the even-numbered tasks still running are "
				+ "cancelled (at most lab.limits.delay).", defaultValue = "0.25", example = "0.25",
				minimum = "0") @PositiveOrZero Double cancelAfter)
		implements
			AsyncParams {

	public CancellationRequest(@Nullable Integer tasks, @Nullable Double delay, @Nullable Double cancelAfter) {
		this.tasks = (tasks != null) ? tasks : DEFAULT_TASKS;
		this.delay = (delay != null) ? delay : DEFAULT_DELAY;
		this.cancelAfter = (cancelAfter != null) ? cancelAfter : 0.25;
	}

	public static CancellationRequest defaults() {
		return new CancellationRequest(null, null, null);
	}

}
