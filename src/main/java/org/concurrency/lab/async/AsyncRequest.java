package org.concurrency.lab.async;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.AtMost;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.Limit;

/**
 * Tasks that wait different times. Every field is optional.
 *
 * @param tasks Tasks to run (at most lab.limits.tasks).
 * @param delay The longest wait in seconds (at most lab.limits.delay): task i waits delay
 * × (i + 1) / tasks, so every task waits a different time.
 */
public record AsyncRequest(@Positive @Default(DEFAULT_TASKS) @AtMost(Limit.TASKS) Integer tasks,
		@PositiveOrZero @Default(DEFAULT_DELAY) @AtMost(Limit.DELAY) Double delay) implements AsyncParams {

}
