package org.concurrency.lab.semaphore;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * Workers limited by a semaphore; a missing field takes its default.
 *
 * @param numWorkers worker threads
 * @param permits the semaphore's permits
 * @param holdMs how long each worker holds its permit
 */
@Schema(description = "Workers that each hold a permit for a while. Every field is optional.")
public record MaxConcurrencyRequest(
		@Schema(description = "Worker threads (at most half of lab.limits.platform-threads: the variant without a "
				+ "semaphore runs too).", defaultValue = "10", example = "10",
				minimum = "1") @Positive Integer numWorkers,
		@Schema(description = "Permits of the semaphore: the most workers inside at once.", defaultValue = "3",
				example = "3", minimum = "1", maximum = "1000") @Positive @Max(1000) Integer permits,
		@Schema(description = "Milliseconds each worker holds its permit (times the waves of workers, at most "
				+ "lab.limits.delay).", defaultValue = "50", example = "50",
				minimum = "0") @PositiveOrZero Integer holdMs) {

	public MaxConcurrencyRequest(@Nullable Integer numWorkers, @Nullable Integer permits, @Nullable Integer holdMs) {
		this.numWorkers = (numWorkers != null) ? numWorkers : 10;
		this.permits = (permits != null) ? permits : 3;
		this.holdMs = (holdMs != null) ? holdMs : 50;
	}

	public static MaxConcurrencyRequest defaults() {
		return new MaxConcurrencyRequest(null, null, null);
	}

	/** Groups of workers that hold their permits one after the other. */
	int waves() {
		return (this.numWorkers + this.permits - 1) / this.permits;
	}

}
