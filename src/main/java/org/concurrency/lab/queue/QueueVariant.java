package org.concurrency.lab.queue;

import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.TopicName;
import org.concurrency.lab.experiment.Variant;

/**
 * The queue variants: producers and consumers ended by poison pills
 * ({@link ProducerConsumer}), a priority queue with and without a tie-breaker
 * ({@link PriorityOrder}), a deque as a stack and as a queue ({@link LifoOrder}), and
 * what a full bounded queue does to its producers ({@link BoundedQueue}).
 */
@TopicName("queues")
sealed interface QueueVariant<P extends LabRequest, R> extends Variant<P, R>
		permits ProducerConsumer, PriorityOrder, LifoOrder, BoundedQueue {

}
