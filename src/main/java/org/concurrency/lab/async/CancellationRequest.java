package org.concurrency.lab.async;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.AtMost;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.Limit;

/**
 * Tasks of which the even-numbered are cancelled mid-way. Every field is optional.
 *
 * @param tasks Tasks to run (at most lab.limits.tasks).
 * @param delay The longest task's work in seconds (at most lab.limits.delay): task i
 * works delay × (i + 1) / tasks.
 * @param cancelAfter Seconds after the start at which the even-numbered tasks still
 * running are cancelled (at most lab.limits.delay).
 */
public record CancellationRequest(@Positive @Default(DEFAULT_TASKS) @AtMost(Limit.TASKS) Integer tasks,
		@PositiveOrZero @Default(DEFAULT_DELAY) @AtMost(Limit.DELAY) Double delay,
		@PositiveOrZero @Default(0.25) @AtMost(Limit.DELAY) Double cancelAfter) implements AsyncParams {

}
