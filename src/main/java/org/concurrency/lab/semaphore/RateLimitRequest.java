package org.concurrency.lab.semaphore;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * Operations held to a rate; a missing field takes its default.
 *
 * @param permitsPerPeriod the most operations that may start in any window of
 * {@code period_ms}
 * @param periodMs the window, in milliseconds
 * @param operations operations to run
 * @param numWorkers threads running them
 */
@Schema(description = "Operations held to at most permits_per_period per period_ms. Every field is optional.")
public record RateLimitRequest(
		@Schema(description = "The most operations that may start in any window of period_ms.", defaultValue = "5",
				example = "5", minimum = "1", maximum = "10000") @Positive @Max(10_000) Integer permitsPerPeriod,
		@Schema(description = "The window, in milliseconds (the whole run, operations / permits_per_period windows, "
				+ "at most lab.limits.delay).", defaultValue = "200", example = "200",
				minimum = "10") @Min(10) Integer periodMs,
		@Schema(description = "Operations to run (at most lab.limits.tasks).", defaultValue = "20", example = "20",
				minimum = "1") @Positive Integer operations,
		@Schema(description = "Threads running the operations (at most half of lab.limits.platform-threads).",
				defaultValue = "4", example = "4", minimum = "1") @Positive Integer numWorkers) {

	public RateLimitRequest(@Nullable Integer permitsPerPeriod, @Nullable Integer periodMs,
			@Nullable Integer operations, @Nullable Integer numWorkers) {
		this.permitsPerPeriod = (permitsPerPeriod != null) ? permitsPerPeriod : 5;
		this.periodMs = (periodMs != null) ? periodMs : 200;
		this.operations = (operations != null) ? operations : 20;
		this.numWorkers = (numWorkers != null) ? numWorkers : 4;
	}

	public static RateLimitRequest defaults() {
		return new RateLimitRequest(null, null, null, null);
	}

}
