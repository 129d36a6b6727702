package org.concurrency.lab.async;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * Tasks of which the even-numbered are cancelled mid-way. Every field is optional.
 *
 * @param tasks Tasks to run (at most lab.limits.tasks).
 * @param delay The longest task's work in seconds (at most lab.limits.delay): task i
 * works delay × (i + 1) / tasks.
 * @param cancelAfter Seconds after the start at which the even-numbered tasks still
 * running are cancelled (at most lab.limits.delay).
 */
public record CancellationRequest(@Positive @Default(DEFAULT_TASKS) Integer tasks,
		@PositiveOrZero @Default(DEFAULT_DELAY) Double delay,
		@PositiveOrZero @Default(0.25) Double cancelAfter) implements AsyncParams {

	@Override
	public void check(LimitCheck check) {
		AsyncParams.super.check(check);
		check.atMostSeconds("cancel_after", this.cancelAfter, Limit.DELAY);
	}

}
