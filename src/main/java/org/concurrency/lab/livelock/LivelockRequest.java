package org.concurrency.lab.livelock;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/** Two diners sharing one spoon; a missing field takes its default. */
@Schema(description = "Two polite diners sharing one spoon. Every field is optional.")
public record LivelockRequest(@Schema(
		description = "Milliseconds the diners may try before they are stopped (at most lab.limits.delay).") @Positive @Default(1000) Long durationMs,
		@Schema(description = "Meals each diner wants (1 to 100); a meal takes 1 ms.") @Min(1) @Max(100) @Default(3) Integer meals)
		implements
			LabRequest {

	@Override
	public void check(LimitCheck check) {
		check.atMost("duration_ms", this.durationMs, Limit.DELAY);
	}

}
