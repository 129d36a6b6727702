package org.concurrency.lab.starvation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * Threads contending for one lock; a missing field takes its default.
 *
 * @param numWorkers how many threads contend
 * @param durationMs how long they contend
 * @param holdUs how long a thread holds the lock each time, busy
 */
@Schema(description = "Threads contending for one lock. Every field is optional.")
public record StarvationRequest(
		@Schema(description = "Threads contending for the lock (2 to 64, and at most lab.limits.platform-threads).",
				defaultValue = "4", example = "4", minimum = "2",
				maximum = "64") @Min(2) @Max(StarvationRequest.MAX_WORKERS) Integer numWorkers,
		@Schema(description = "Milliseconds the threads contend (at most lab.limits.delay).", defaultValue = "1000",
				example = "1000", minimum = "1") @Positive Long durationMs,
		@Schema(description = "Microseconds a thread holds the lock each time, busy (1 to 1000).", defaultValue = "30",
				example = "30", minimum = "1", maximum = "1000") @Min(1) @Max(1000) Integer holdUs) {

	public static final int MAX_WORKERS = 64;

	public StarvationRequest(@Nullable Integer numWorkers, @Nullable Long durationMs, @Nullable Integer holdUs) {
		this.numWorkers = (numWorkers != null) ? numWorkers : 4;
		this.durationMs = (durationMs != null) ? durationMs : 1000L;
		this.holdUs = (holdUs != null) ? holdUs : 30;
	}

	public static StarvationRequest defaults() {
		return new StarvationRequest(null, null, null);
	}

}
