package org.concurrency.lab.sync;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * The producers, consumers and buffer of {@code sync/condition}; a missing field takes
 * its default.
 */
@Schema(description = "Producers and consumers sharing a bounded buffer. Every field is optional.")
public record ConditionRequest(
		@Schema(description = "Producer threads, in each variant.") @Positive @Default(2) Integer numProducers,
		@Schema(description = "Consumer threads, in each variant (2 × (num_producers + num_consumers) at most "
				+ "lab.limits.platform-threads).") @Positive @Default(2) Integer numConsumers,
		@Schema(description = "Items produced and consumed (at most lab.limits.tasks).") @Positive @Default(100) Integer items,
		@Schema(description = "Items the buffer holds at most (at most lab.limits.tasks).") @Positive @Default(5) Integer capacity,
		@Schema(description = "Milliseconds a consumer works on each item, outside the lock, so that producers find "
				+ "the buffer full (at most lab.limits.delay).") @PositiveOrZero @Default(1) Integer workMs)
		implements
			LabRequest {

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
