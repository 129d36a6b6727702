package org.concurrency.lab.livelock;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.concurrency.lab.experiment.AtMost;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;

/**
 * Two polite diners sharing one spoon. Every field is optional.
 *
 * @param durationMs Milliseconds the diners may try before they are stopped (at most
 * lab.limits.delay).
 * @param meals Meals each diner wants (1 to 100); a meal takes 1 ms.
 */
public record LivelockRequest(@Positive @Default(1000) @AtMost(Limit.DELAY) Long durationMs,
		@Min(1) @Max(100) @Default(3) Integer meals) implements LabRequest {

}
