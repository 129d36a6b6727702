package org.concurrency.lab.async;

import java.util.List;
import java.util.Map;

/**
 * What {@code producer-consumer} found: the same producers and consumers, with the same
 * delays, as coroutines on one loop thread and as virtual threads.
 *
 * @param producers producers on each side
 * @param itemsPerProducer items each producer put
 * @param consumers consumers on each side
 * @param capacity the queue's maxsize
 * @param seed the seed the delays were drawn from
 * @param eventLoop coroutines on one loop thread over the loop's bounded queue
 * @param virtualThreads a virtual thread per producer and consumer over an
 * {@code ArrayBlockingQueue}
 * @param sameTakeOrder whether both sides took the items in the same order overall (each
 * producer's own order holds every time; the interleaving of items whose times fall
 * within a millisecond of each other may differ)
 */
public record AsyncProducerConsumerResult(int producers, int itemsPerProducer, int consumers, int capacity, long seed,
		Side eventLoop, Side virtualThreads, boolean sameTakeOrder) {

	/**
	 * One side.
	 *
	 * @param how what ran the producers and consumers, and over which queue
	 * @param produced items put in the queue
	 * @param consumed items consumed
	 * @param lost items produced and never consumed
	 * @param duplicated consumptions beyond the first of an item
	 * @param nothingLost whether the items consumed are exactly the items produced, each
	 * once
	 * @param inOrderPerProducer whether every consumer took each producer's items in the
	 * order the producer put them: what a FIFO queue promises each consumer
	 * @param sentinelsReceived the end markers ({@code None}) the consumers stopped at
	 * @param maxQueueSize the most items seen in the queue at once (on the loop exactly;
	 * on the threads as each put saw it): never above the capacity
	 * @param threadsUsed how many threads ran the producers and consumers
	 * @param threads their names
	 * @param perConsumer items each consumer consumed
	 * @param wallMs from the start until every consumer had stopped
	 * @param takeOrder the items in the order the consumers took them,
	 * {@code p<producer>-<item>} (the first lab.limits.timeline-entries); two consumers
	 * taking items a moment apart may note them the other way round
	 */
	public record Side(String how, int produced, int consumed, int lost, int duplicated, boolean nothingLost,
			boolean inOrderPerProducer, int sentinelsReceived, int maxQueueSize, int threadsUsed, List<String> threads,
			Map<String, Integer> perConsumer, double wallMs, List<String> takeOrder) {
	}

}
