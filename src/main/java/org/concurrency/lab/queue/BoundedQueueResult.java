package org.concurrency.lab.queue;

import java.util.List;

/**
 * What a full queue did to {@code put}, {@code offer} and {@code offer} with a timeout.
 * In each, {@code accepted + refused = attempted}.
 *
 * @param capacity the most items the queue held
 * @param put producers putting into a queue a slow consumer drains: those beyond capacity
 * wait
 * @param offer producers offering to a queue nobody drains: those beyond capacity are
 * refused at once
 * @param offerWithTimeout two producers offering, with a timeout, to a full queue from
 * which one slot is freed: one waits and succeeds, one waits and fails
 */
public record BoundedQueueResult(int capacity, PutRun put, OfferRun offer, TimedOfferRun offerWithTimeout) {

	/**
	 * {@code put}: wait for room.
	 *
	 * @param attempted producers that put one item
	 * @param accepted items that went in: all, eventually
	 * @param refused always 0: {@code put} does not give up
	 * @param blocked producers that found the queue full and waited
	 * @param consumerDelayMs the slow consumer's pause before freeing each slot
	 * @param producers each producer's wait, by thread
	 */
	public record PutRun(int attempted, int accepted, int refused, int blocked, int consumerDelayMs,
			List<ProducerWait> producers) {
	}

	/**
	 * {@code offer}: never wait.
	 *
	 * @param attempted producers that offered one item
	 * @param accepted items that went in
	 * @param refused offers answered {@code false} because the queue was full
	 * @param longestRefusalUs how long the slowest refusal took, in microseconds
	 */
	public record OfferRun(int attempted, int accepted, int refused, double longestRefusalUs) {
	}

	/**
	 * {@code offer} with a timeout: wait, but not for ever.
	 *
	 * @param attempted producers that offered one item to the full queue
	 * @param accepted offers that found room before their timeout
	 * @param refused offers that timed out
	 * @param offerTimeoutMs each offer's timeout
	 * @param slotFreedAfterMs when, after both producers were waiting, the consumer freed
	 * one slot
	 * @param producers each producer's outcome, by thread
	 */
	public record TimedOfferRun(int attempted, int accepted, int refused, int offerTimeoutMs, int slotFreedAfterMs,
			List<ProducerWait> producers) {
	}

	/**
	 * One producer's attempt.
	 *
	 * @param producer its thread
	 * @param accepted whether its item went in
	 * @param blocked whether it found the queue full and waited
	 * @param waitedMs how long its call took
	 */
	public record ProducerWait(String producer, boolean accepted, boolean blocked, double waitedMs) {
	}

}
