package org.concurrency.lab.queue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * Producers meeting a full ArrayBlockingQueue: put, offer, offer with a timeout. Every
 * field is optional.
 *
 * @param capacity The most items the queue holds.
 * @param numProducers Producer threads, each putting one item; those beyond capacity must
 * wait (at most half of lab.limits.platform-threads, less 2).
 * @param consumerDelayMs Milliseconds the slow consumer waits before freeing each slot
 * (times the producers beyond capacity, at most lab.limits.delay).
 * @param offerTimeoutMs Milliseconds offer with a timeout waits for room (at most
 * lab.limits.delay).
 */
public record BoundedQueueRequest(@Positive @Max(1000) @Default(3) Integer capacity,
		@Positive @Default(6) Integer numProducers, @Positive @Default(50) Integer consumerDelayMs,
		@Min(50) @Default(200) Integer offerTimeoutMs) implements LabRequest {

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
