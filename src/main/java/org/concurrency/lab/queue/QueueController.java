package org.concurrency.lab.queue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.Report;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The queue endpoints: work handed between threads, counted by id. */
@RestController
@RequestMapping("/queues")
@Tag(name = "queues", description = "Blocking queues between threads: FIFO, priority, LIFO, bounded")
class QueueController {

	private final ExperimentEngine engine;

	QueueController(ExperimentEngine engine) {
		this.engine = engine;
	}

	@PostMapping("/producer-consumer")
	@Operation(summary = "Producers and consumers over a bounded queue, ended by poison pills; "
			+ "beside it, consumers that quit on an idle timeout and lose items")
	Report<ProducerConsumerRequest, ProducerConsumerResult> producerConsumer(
			@Valid @RequestBody ProducerConsumerRequest request) {
		return this.engine.run(new ProducerConsumer(), request);
	}

	@PostMapping("/priority")
	@Operation(summary = "A PriorityBlockingQueue: sorted by priority; ties in arrival order only "
			+ "with an arrival number as tie-breaker")
	Report<PriorityRequest, PriorityResult> priority(@Valid @RequestBody PriorityRequest request) {
		return this.engine.run(new PriorityOrder(), request);
	}

	@PostMapping("/lifo")
	@Operation(summary = "A LinkedBlockingDeque as a stack (last in, first out) beside a queue (first in, first out)")
	Report<LifoRequest, LifoResult> lifo(@Valid @RequestBody LifoRequest request) {
		return this.engine.run(new LifoOrder(), request);
	}

	@PostMapping("/bounded")
	@Operation(summary = "A full ArrayBlockingQueue: put waits, offer is refused at once, "
			+ "offer with a timeout waits then succeeds or gives up")
	Report<BoundedQueueRequest, BoundedQueueResult> bounded(@Valid @RequestBody BoundedQueueRequest request) {
		return this.engine.run(new BoundedQueue(), request);
	}

}
