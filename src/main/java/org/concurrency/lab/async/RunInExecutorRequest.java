package org.concurrency.lab.async;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LimitCheck;

/** Blocking calls made from an event loop; a missing field takes its default. */
@Schema(description = "Blocking calls made from an event loop. Every field is optional.")
public record RunInExecutorRequest(
		@Schema(description = "Blocking calls (at most lab.limits.tasks; on the loop they run one after another, so "
				+ "tasks × delay may take at most half of lab.limits.deadline).") @Positive @Default(DEFAULT_TASKS) Integer tasks,
		@Schema(description = "Seconds each blocking call takes (at most lab.limits.delay).") @PositiveOrZero @Default(DEFAULT_DELAY) Double delay,
		@Schema(description = "Seconds between two ticks of the loop's heartbeat (at least 0.001, at most "
				+ "lab.limits.delay).") @DecimalMin("0.001") @Default(0.01) Double tick)
		implements
			AsyncParams {

	@Override
	public void check(LimitCheck check) {
		AsyncParams.super.check(check);
		AsyncParams.atMostSecondsFromZero(check, "tick", this.tick);
	}

}
