package org.concurrency.lab.queue;

import java.util.List;
import java.util.Map;

/**
 * What went through the queue, counted by item id.
 *
 * @param produced items the producers put
 * @param consumed items the consumers took (poison pills not counted)
 * @param lost ids produced and never consumed
 * @param duplicated consumptions beyond the first of an id
 * @param perConsumer items each consumer took, by thread
 * @param poisonPills pills sent, one per consumer, after every producer finished
 * @param capacity the most items the queue could hold
 * @param maxSampledSize the largest size the sampler saw: never above {@code capacity}
 * @param producersWaitedMs time the producers spent in {@code offer}, added up: mostly
 * waiting for room while the queue was full
 * @param queueSamples the queue's size over time
 * @param withIdleTimeout the broken variant: consumers that quit when the queue stays
 * empty for a while, as the seed's {@code q.get(timeout=1)} does
 */
public record ProducerConsumerResult(int produced, int consumed, int lost, int duplicated,
		Map<String, Integer> perConsumer, int poisonPills, int capacity, int maxSampledSize, double producersWaitedMs,
		List<QueueSampler.SizeSample> queueSamples, IdleTimeoutRun withIdleTimeout) {

	/**
	 * The same producers and consumers, the consumers ending on an idle timeout instead
	 * of a pill, while each producer stalls halfway for longer than that timeout.
	 *
	 * @param produced items the producers put
	 * @param consumed items the consumers took before they gave up
	 * @param lost ids produced and never consumed
	 * @param duplicated consumptions beyond the first of an id
	 * @param leftInQueue items still in the queue with no consumer left to take them
	 * @param idleTimeoutMs how long a consumer waited on an empty queue before quitting
	 */
	public record IdleTimeoutRun(int produced, int consumed, int lost, int duplicated, int leftInQueue,
			long idleTimeoutMs) {
	}

}
