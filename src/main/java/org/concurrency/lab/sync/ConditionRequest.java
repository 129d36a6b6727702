package org.concurrency.lab.sync;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * The producers, consumers and buffer of {@code sync/condition}; a missing field takes
 * its default.
 *
 * @param numProducers threads putting items into the buffer
 * @param numConsumers threads taking items out
 * @param items items produced, and consumed, in all
 * @param capacity the most items the buffer holds
 * @param workMs milliseconds a consumer works on each item, outside the lock
 */
@Schema(description = "Producers and consumers sharing a bounded buffer. Every field is optional.")
public record ConditionRequest(
		@Schema(description = "Producer threads, in each variant.", defaultValue = "2", example = "2",
				minimum = "1") @Positive Integer numProducers,
		@Schema(description = "Consumer threads, in each variant (2 × (num_producers + num_consumers) at most "
				+ "lab.limits.platform-threads).", defaultValue = "2", example = "2",
				minimum = "1") @Positive Integer numConsumers,
		@Schema(description = "Items produced and consumed (at most lab.limits.tasks).", defaultValue = "100",
				example = "100", minimum = "1") @Positive Integer items,
		@Schema(description = "Items the buffer holds at most (at most lab.limits.tasks).", defaultValue = "5",
				example = "5", minimum = "1") @Positive Integer capacity,
		@Schema(description = "Milliseconds a consumer works on each item, outside the lock, so that producers find "
				+ "the buffer full (at most lab.limits.delay).", defaultValue = "1", example = "1",
				minimum = "0") @PositiveOrZero Integer workMs) {

	public ConditionRequest(@Nullable Integer numProducers, @Nullable Integer numConsumers, @Nullable Integer items,
			@Nullable Integer capacity, @Nullable Integer workMs) {
		this.numProducers = (numProducers != null) ? numProducers : 2;
		this.numConsumers = (numConsumers != null) ? numConsumers : 2;
		this.items = (items != null) ? items : 100;
		this.capacity = (capacity != null) ? capacity : 5;
		this.workMs = (workMs != null) ? workMs : 1;
	}

	public static ConditionRequest defaults() {
		return new ConditionRequest(null, null, null, null, null);
	}

}
