package org.concurrency.lab.sync;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * Producers and consumers sharing a bounded buffer. Every field is optional.
 *
 * @param numProducers Producer threads, in each variant.
 * @param numConsumers Consumer threads, in each variant (2 × (num_producers +
 * num_consumers) at most lab.limits.platform-threads).
 * @param items Items produced and consumed (at most lab.limits.tasks).
 * @param capacity Items the buffer holds at most (at most lab.limits.tasks).
 * @param workMs Milliseconds a consumer works on each item, outside the lock, so that
 * producers find the buffer full (at most lab.limits.delay).
 */
public record ConditionRequest(@Positive @Default(2) Integer numProducers, @Positive @Default(2) Integer numConsumers,
		@Positive @Default(100) Integer items, @Positive @Default(5) Integer capacity,
		@PositiveOrZero @Default(1) Integer workMs) implements LabRequest {

	/** Producers and consumers together share a half's threads. */
	@Override
	public void check(LimitCheck check) {
		int threads = SyncVariant.threadsPerHalf(check);
		check.atMost("num_producers", this.numProducers, threads - 1, Limit.PLATFORM_THREADS)
			.atMost("num_consumers", this.numConsumers, Math.max(1, threads - this.numProducers),
					Limit.PLATFORM_THREADS)
			.atMost("items", this.items, Limit.TASKS)
			.atMost("capacity", this.capacity, Limit.TASKS)
			.atMost("work_ms", this.workMs, Limit.DELAY);
	}

}
