package org.concurrency.lab.async;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/** Tasks that wait different times; a missing field takes its default. */
@Schema(description = "Tasks that wait different times. Every field is optional.")
public record AsyncRequest(
		@Schema(description = "Tasks to run (at most lab.limits.tasks).", example = "5") @Positive Integer tasks,
		@Schema(description = "The longest wait in seconds (at most lab.limits.delay): task i waits "
				+ "delay × (i + 1) / tasks, so every task waits a different time.",
				example = "0.5") @PositiveOrZero Double delay)
		implements
			AsyncParams {

	public AsyncRequest(@Nullable Integer tasks, @Nullable Double delay) {
		this.tasks = (tasks != null) ? tasks : DEFAULT_TASKS;
		this.delay = (delay != null) ? delay : DEFAULT_DELAY;
	}

}
