package org.concurrency.lab.queue;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/** Producers meeting a full bounded queue; a missing field takes its default. */
@Schema(description = "Producers meeting a full ArrayBlockingQueue: put, offer, offer with a timeout. "
		+ "Every field is optional.")
public record BoundedQueueRequest(
		@Schema(description = "The most items the queue holds.") @Positive @Max(1000) @Default(3) Integer capacity,
		@Schema(description = "Producer threads, each putting one item; those beyond capacity must wait (at most "
				+ "half of lab.limits.platform-threads, less 2).") @Positive @Default(6) Integer numProducers,
		@Schema(description = "Milliseconds the slow consumer waits before freeing each slot (times the producers "
				+ "beyond capacity, at most lab.limits.delay).") @Positive @Default(50) Integer consumerDelayMs,
		@Schema(description = "Milliseconds offer with a timeout waits for room (at most lab.limits.delay).") @Min(50) @Default(200) Integer offerTimeoutMs)
		implements
			LabRequest {

	/**
	 * Put and offer start a thread per producer each, with a consumer and two late
	 * producers besides; the slow consumer frees a slot for each producer beyond
	 * capacity.
	 */
	@Override
	public void check(LimitCheck check) {
		long delayMs = check.lab().delay().toMillis();
		check
			.atMost("num_producers", this.numProducers, (check.lab().platformThreads() - 4) / 2, Limit.PLATFORM_THREADS)
			.atMost("consumer_delay_ms", this.consumerDelayMs, delayMs / Math.max(1, beyondCapacity()), Limit.DELAY)
			.atMost("offer_timeout_ms", this.offerTimeoutMs, Limit.DELAY);
	}

	/** Producers that find the queue full. */
	int beyondCapacity() {
		return Math.max(0, this.numProducers - this.capacity);
	}

}
