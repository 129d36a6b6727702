package org.concurrency.lab.sync;

import java.util.List;

/**
 * How the buffers of {@code sync/condition} were shared.
 *
 * @param variants the buffer on a lock and two conditions, then the busy-polling one
 */
public record ConditionResult(List<Variant> variants) {

	/**
	 * One buffer.
	 *
	 * @param variant {@code condition} or {@code busy-polling}
	 * @param produced items put into the buffer
	 * @param consumed items taken out
	 * @param missing items never taken out
	 * @param duplicated items taken out more than once
	 * @param idSum the sum of the ids taken out: 0 + 1 + … + (items − 1) when every item
	 * was taken once
	 * @param maxOccupancy the most items the buffer ever held: never above its capacity
	 * @param fullWaits times a producer found the buffer full: it awaited
	 * {@code notFull}, or (busy-polling) looked again at once
	 * @param emptyWaits times a consumer found the buffer empty
	 * @param producerCpuMs CPU time the producers used, added up: waiting on a condition
	 * costs none, polling costs all of it
	 * @param consumerCpuMs CPU time the consumers used, added up
	 * @param durationMs wall time of this variant
	 */
	public record Variant(String variant, int produced, int consumed, int missing, int duplicated, long idSum,
			int maxOccupancy, long fullWaits, long emptyWaits, double producerCpuMs, double consumerCpuMs,
			double durationMs) {
	}

}
