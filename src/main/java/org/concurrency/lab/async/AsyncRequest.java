package org.concurrency.lab.async;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;

/** Tasks that wait different times; a missing field takes its default. */
@Schema(description = "Tasks that wait different times. Every field is optional.")
public record AsyncRequest(@Schema(
		description = "Tasks to run (at most lab.limits.tasks).") @Positive @Default(DEFAULT_TASKS) Integer tasks,
		@Schema(description = "The longest wait in seconds (at most lab.limits.delay): task i waits "
				+ "delay × (i + 1) / tasks, so every task waits a different time.") @PositiveOrZero @Default(DEFAULT_DELAY) Double delay)
		implements
			AsyncParams {

}
