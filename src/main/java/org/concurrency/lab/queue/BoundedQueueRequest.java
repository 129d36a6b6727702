package org.concurrency.lab.queue;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * Producers meeting a full bounded queue; a missing field takes its default.
 *
 * @param capacity the most items the queue holds
 * @param numProducers producer threads, each putting one item
 * @param consumerDelayMs how long the slow consumer waits before freeing each slot
 * @param offerTimeoutMs how long {@code offer} with a timeout waits for room
 */
@Schema(description = "Producers meeting a full ArrayBlockingQueue: put, offer, offer with a timeout. "
		+ "Every field is optional.")
public record BoundedQueueRequest(
		@Schema(description = "The most items the queue holds.", defaultValue = "3", example = "3", minimum = "1",
				maximum = "1000") @Positive @Max(1000) Integer capacity,
		@Schema(description = "Producer threads, each putting one item; those beyond capacity must wait (at most "
				+ "half of lab.limits.platform-threads, less 2).", defaultValue = "6", example = "6",
				minimum = "1") @Positive Integer numProducers,
		@Schema(description = "Milliseconds the slow consumer waits before freeing each slot (times the producers "
				+ "beyond capacity, at most lab.limits.delay).", defaultValue = "50", example = "50",
				minimum = "1") @Positive Integer consumerDelayMs,
		@Schema(description = "Milliseconds offer with a timeout waits for room (at most lab.limits.delay).",
				defaultValue = "200", example = "200", minimum = "50") @Min(50) Integer offerTimeoutMs) {

	public BoundedQueueRequest(@Nullable Integer capacity, @Nullable Integer numProducers,
			@Nullable Integer consumerDelayMs, @Nullable Integer offerTimeoutMs) {
		this.capacity = (capacity != null) ? capacity : 3;
		this.numProducers = (numProducers != null) ? numProducers : 6;
		this.consumerDelayMs = (consumerDelayMs != null) ? consumerDelayMs : 50;
		this.offerTimeoutMs = (offerTimeoutMs != null) ? offerTimeoutMs : 200;
	}

	public static BoundedQueueRequest defaults() {
		return new BoundedQueueRequest(null, null, null, null);
	}

	/** Producers that find the queue full. */
	int beyondCapacity() {
		return Math.max(0, this.numProducers - this.capacity);
	}

}
