package org.concurrency.lab.livelock;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * Two diners sharing one spoon; a missing field takes its default.
 *
 * @param durationMs how long the diners may try before the run stops them
 * @param meals meals each diner wants
 */
@Schema(description = "Two polite diners sharing one spoon. Every field is optional.")
public record LivelockRequest(
		@Schema(description = "Milliseconds the diners may try before they are stopped (at most lab.limits.delay).",
				defaultValue = "1000", example = "1000", minimum = "1") @Positive Long durationMs,
		@Schema(description = "Meals each diner wants (1 to 100); a meal takes 1 ms.", defaultValue = "3",
				example = "3", minimum = "1", maximum = "100") @Min(1) @Max(100) Integer meals) {

	public LivelockRequest(@Nullable Long durationMs, @Nullable Integer meals) {
		this.durationMs = (durationMs != null) ? durationMs : 1000L;
		this.meals = (meals != null) ? meals : 3;
	}

	public static LivelockRequest defaults() {
		return new LivelockRequest(null, null);
	}

}
