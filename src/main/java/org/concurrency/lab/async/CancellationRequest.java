package org.concurrency.lab.async;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * Tasks of which the even-numbered are cancelled mid-way; a missing field takes its
 * default.
 */
@Schema(description = "Tasks of which the even-numbered are cancelled mid-way. Every field is optional.")
public record CancellationRequest(@Schema(
		description = "Tasks to run (at most lab.limits.tasks).") @Positive @Default(DEFAULT_TASKS) Integer tasks,
		@Schema(description = "The longest task's work in seconds (at most lab.limits.delay): task i works "
				+ "delay × (i + 1) / tasks.") @PositiveOrZero @Default(DEFAULT_DELAY) Double delay,
		@Schema(description = "Seconds after the start at which the even-numbered tasks still running are "
				+ "cancelled (at most lab.limits.delay).") @PositiveOrZero @Default(0.25) Double cancelAfter)
		implements
			AsyncParams {

	@Override
	public void check(LimitCheck check) {
		AsyncParams.super.check(check);
		check.atMostSeconds("cancel_after", this.cancelAfter, Limit.DELAY);
	}

}
