package org.concurrency.lab.async;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.AtMost;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.Limit;

/**
 * Tasks bounded by a timeout, some slower than it. Every field is optional.
 *
 * @param tasks Tasks to run (at most lab.limits.tasks).
 * @param delay The longest task's work in seconds (at most lab.limits.delay): task i
 * works delay × (i + 1) / tasks.
 * @param timeout Seconds each task is given before it times out (at most
 * lab.limits.delay); asyncio.wait_for's timeout.
 */
public record TimeoutRequest(@Positive @Default(DEFAULT_TASKS) @AtMost(Limit.TASKS) Integer tasks,
		@PositiveOrZero @Default(DEFAULT_DELAY) @AtMost(Limit.DELAY) Double delay,
		@PositiveOrZero @Default(0.25) @AtMost(Limit.DELAY) Double timeout) implements AsyncParams {

}
