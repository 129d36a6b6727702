package org.concurrency.lab.async;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;
import org.concurrency.lab.experiment.Violation;

/**
 * Producers and consumers over a bounded queue, as the seed's asyncio example: each sleep
 * is drawn from a seeded random, so both sides see the same delays. Every field is
 * optional.
 *
 * @param producers Producers (at most lab.limits.tasks).
 * @param items Items each producer puts (producers × items at most lab.limits.tasks).
 * @param consumers Consumers (at most lab.limits.tasks).
 * @param capacity The queue's maxsize: puts wait while it holds this many (at most
 * lab.limits.tasks).
 * @param minProduceDelay Seconds a producer sleeps before each item, at least (at most
 * max_produce_delay).
 * @param maxProduceDelay Seconds a producer sleeps before each item, at most (at most
 * lab.limits.delay).
 * @param minConsumeDelay Seconds a consumer works on each item, at least (at most
 * max_consume_delay).
 * @param maxConsumeDelay Seconds a consumer works on each item, at most (at most
 * lab.limits.delay; with the rest, the two sides together may take at most half of
 * lab.limits.deadline).
 * @param seed The random's seed: the same seed draws the same delays, item by item, on
 * both sides.
 */
public record AsyncProducerConsumerRequest(@Positive @Default(3) Integer producers, @Positive @Default(5) Integer items,
		@Positive @Default(2) Integer consumers, @Positive @Default(10) Integer capacity,
		@PositiveOrZero @Default(0.1) Double minProduceDelay, @PositiveOrZero @Default(0.5) Double maxProduceDelay,
		@PositiveOrZero @Default(0.2) Double minConsumeDelay, @PositiveOrZero @Default(0.6) Double maxConsumeDelay,
		@Default(42) Long seed) implements LabRequest {

	@Override
	public void check(LimitCheck check) {
		check.atMost("producers", this.producers, Limit.TASKS)
			.atMost("items", this.items, Math.max(1, check.lab().tasks() / this.producers), Limit.TASKS)
			.atMost("consumers", this.consumers, Limit.TASKS)
			.atMost("capacity", this.capacity, Limit.TASKS)
			.atMostSeconds("max_produce_delay", this.maxProduceDelay, Limit.DELAY)
			.atMostSeconds("max_consume_delay", this.maxConsumeDelay, Limit.DELAY);
		if (this.minProduceDelay > this.maxProduceDelay) {
			check.add(new Violation("min_produce_delay", this.minProduceDelay,
					"between 0.0 and " + this.maxProduceDelay + " (max_produce_delay)", null));
		}
		if (this.minConsumeDelay > this.maxConsumeDelay) {
			check.add(new Violation("min_consume_delay", this.minConsumeDelay,
					"between 0.0 and " + this.maxConsumeDelay + " (max_consume_delay)", null));
		}
	}

	/** Items in all. */
	int total() {
		return this.producers * this.items;
	}

	/**
	 * The longest one side can take, in seconds: the slowest producer's sleeps, then
	 * every consumer's share of the items at the longest work.
	 */
	double longestSideSeconds() {
		long perConsumer = (total() + this.consumers - 1) / this.consumers;
		return this.items * this.maxProduceDelay + perConsumer * this.maxConsumeDelay;
	}

}
