package org.concurrency.lab.queue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * Producers and consumers sharing a bounded queue. Every field is optional.
 *
 * @param numProducers Producer threads (at most a quarter of lab.limits.platform-threads:
 * the broken variant runs too).
 * @param numConsumers Consumer threads (at most a quarter of
 * lab.limits.platform-threads).
 * @param items Items each producer puts (all producers together at most
 * lab.limits.tasks).
 * @param capacity The most items the queue holds: a producer waits while it is full.
 * @param workMs Milliseconds a consumer works on each item (all the work, spread over the
 * consumers, at most lab.limits.delay).
 */
public record ProducerConsumerRequest(@Positive @Default(2) Integer numProducers,
		@Positive @Default(3) Integer numConsumers, @Positive @Default(100) Integer items,
		@Positive @Max(10_000) @Default(10) Integer capacity,
		@PositiveOrZero @Max(100) @Default(1) Integer workMs) implements LabRequest {

	/**
	 * Each variant starts its producers and consumers, and the first a sampler too; the
	 * work is spread over the consumers.
	 */
	@Override
	public void check(LimitCheck check) {
		int threads = (check.lab().platformThreads() - 1) / 4;
		check.atMost("num_producers", this.numProducers, threads, Limit.PLATFORM_THREADS)
			.atMost("num_consumers", this.numConsumers, threads, Limit.PLATFORM_THREADS)
			.atMost("items", this.items, check.lab().tasks() / this.numProducers, Limit.TASKS)
			.atMost("work_ms", this.workMs,
					check.lab().delay().toMillis() * this.numConsumers / Math.max(1, totalItems()), Limit.DELAY);
	}

	long totalItems() {
		return (long) this.numProducers * this.items;
	}

}
