package org.concurrency.lab.queue;

import org.concurrency.lab.experiment.Topic;

import org.springframework.web.bind.annotation.RestController;

/** The queue endpoints: work handed between threads, counted by id. */
@RestController
class QueueController extends Topic {

	QueueController() {
		super("Blocking queues between threads: FIFO, priority, LIFO, bounded", new ProducerConsumer(),
				new PriorityOrder(), new LifoOrder(), new BoundedQueue());
	}

}
