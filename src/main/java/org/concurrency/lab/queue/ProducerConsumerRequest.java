package org.concurrency.lab.queue;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * Producers and consumers sharing a bounded queue; a missing field takes its default.
 *
 * @param numProducers producer threads
 * @param numConsumers consumer threads
 * @param items items each producer puts
 * @param capacity the most items the queue holds
 * @param workMs milliseconds a consumer works on each item
 */
@Schema(description = "Producers and consumers sharing a bounded queue. Every field is optional.")
public record ProducerConsumerRequest(
		@Schema(description = "Producer threads (at most a quarter of lab.limits.platform-threads: the broken "
				+ "variant runs too).", defaultValue = "2", example = "2",
				minimum = "1") @Positive Integer numProducers,
		@Schema(description = "Consumer threads (at most a quarter of lab.limits.platform-threads).",
				defaultValue = "3", example = "3", minimum = "1") @Positive Integer numConsumers,
		@Schema(description = "Items each producer puts (all producers together at most lab.limits.tasks).",
				defaultValue = "100", example = "100", minimum = "1") @Positive Integer items,
		@Schema(description = "The most items the queue holds: a producer waits while it is full.", defaultValue = "10",
				example = "10", minimum = "1", maximum = "10000") @Positive @Max(10_000) Integer capacity,
		@Schema(description = "Milliseconds a consumer works on each item (all the work, spread over the consumers, "
				+ "at most lab.limits.delay).", defaultValue = "1", example = "1", minimum = "0",
				maximum = "100") @PositiveOrZero @Max(100) Integer workMs) {

	public ProducerConsumerRequest(@Nullable Integer numProducers, @Nullable Integer numConsumers,
			@Nullable Integer items, @Nullable Integer capacity, @Nullable Integer workMs) {
		this.numProducers = (numProducers != null) ? numProducers : 2;
		this.numConsumers = (numConsumers != null) ? numConsumers : 3;
		this.items = (items != null) ? items : 100;
		this.capacity = (capacity != null) ? capacity : 10;
		this.workMs = (workMs != null) ? workMs : 1;
	}

	public static ProducerConsumerRequest defaults() {
		return new ProducerConsumerRequest(null, null, null, null, null);
	}

	long totalItems() {
		return (long) this.numProducers * this.items;
	}

}
