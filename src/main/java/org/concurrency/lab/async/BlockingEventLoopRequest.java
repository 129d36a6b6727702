package org.concurrency.lab.async;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.AtMost;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.Limit;

/**
 * Timers on an event loop that one task blocks. Every field is optional.
 *
 * @param tasks Periodic timers on each loop (at most lab.limits.tasks firings in all).
 * @param delay Seconds the one waiting task waits (at most lab.limits.delay): it blocks
 * one loop and schedules a timer on the other. Each loop runs for twice this.
 * @param interval Seconds between two firings of each timer (at least 0.001).
 */
public record BlockingEventLoopRequest(@Positive @Default(DEFAULT_TASKS) @AtMost(Limit.TASKS) Integer tasks,
		@PositiveOrZero @Default(DEFAULT_DELAY) @AtMost(Limit.DELAY) Double delay,
		@DecimalMin("0.001") @Default(0.05) @AtMost(Limit.DELAY) Double interval) implements AsyncParams {

	/** How many firings the timers make in all, at most: each loop runs 2 × delay. */
	long firings() {
		return (long) Math.ceil(2 * this.delay / this.interval) * this.tasks;
	}

}
