package org.concurrency.lab.multiprocessing;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What went from the producer process to the consumer process.
 *
 * @param produced items the producer wrote
 * @param forwarded items the lab took off the queue and sent on
 * @param consumed items the consumer read
 * @param lost ids produced that the consumer never saw
 * @param duplicated items the consumer saw more than once
 * @param inOrder whether the consumer saw ids 0, 1, 2, … with no jump
 * @param producerChecksum the producer's checksum of the values, in order (53 bits)
 * @param consumerChecksum the consumer's checksum of what it read, in order (53 bits)
 * @param checksumsMatch whether the two checksums are equal
 * @param queueCapacity the bounded queue's capacity in the lab
 * @param maxQueueDepth the most items seen waiting in it
 * @param producer the producer process, as the note names it (not reported)
 * @param consumer the consumer process, as the note names it (not reported)
 */
public record QueueResult(int produced, int forwarded, int consumed, int lost, int duplicated, boolean inOrder,
		long producerChecksum, long consumerChecksum, boolean checksumsMatch, int queueCapacity, int maxQueueDepth,
		@JsonIgnore String producer, @JsonIgnore String consumer) {
}
