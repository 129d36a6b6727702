package org.concurrency.lab.queue;

import java.util.Arrays;

import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LimitExceededException;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.Violation;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/** Runs the queue experiments within the lab's limits. */
@Service
public class QueueService {

	static final String EXPERIMENT = "queues";

	private final ExperimentEngine engine;

	public QueueService(ExperimentEngine engine) {
		this.engine = engine;
	}

	Report<ProducerConsumerRequest, ProducerConsumerResult> producerConsumer(
			@Nullable ProducerConsumerRequest request) {
		ProducerConsumerRequest params = (request != null) ? request : ProducerConsumerRequest.defaults();
		LabLimits limits = this.engine.limits();
		// each variant starts its producers and consumers, and the first a sampler too
		int threads = (limits.platformThreads() - 1) / 4;
		long delayMs = limits.delay().toMillis();
		LimitExceededException.throwIfAny(Arrays.asList(
				Violation.check("num_producers", params.numProducers(), 1, threads, "lab.limits.platform-threads"),
				Violation.check("num_consumers", params.numConsumers(), 1, threads, "lab.limits.platform-threads"),
				Violation.check("items", params.items(), 1, limits.tasks() / params.numProducers(), "lab.limits.tasks"),
				Violation.check("work_ms", params.workMs(), 0,
						delayMs * params.numConsumers() / Math.max(1, params.totalItems()), "lab.limits.delay")));
		return this.engine.run(EXPERIMENT, "producer-consumer", params, new ProducerConsumer());
	}

	Report<PriorityRequest, PriorityResult> priority(@Nullable PriorityRequest request) {
		PriorityRequest params = (request != null) ? request : PriorityRequest.defaults();
		return this.engine.run(EXPERIMENT, "priority", params, new PriorityOrder());
	}

	Report<LifoRequest, LifoResult> lifo(@Nullable LifoRequest request) {
		LifoRequest params = (request != null) ? request : LifoRequest.defaults();
		return this.engine.run(EXPERIMENT, "lifo", params, new LifoOrder());
	}

	Report<BoundedQueueRequest, BoundedQueueResult> bounded(@Nullable BoundedQueueRequest request) {
		BoundedQueueRequest params = (request != null) ? request : BoundedQueueRequest.defaults();
		LabLimits limits = this.engine.limits();
		long delayMs = limits.delay().toMillis();
		// put and offer start a thread per producer each, with a consumer and two late
		// producers besides
		LimitExceededException.throwIfAny(Arrays.asList(
				Violation.check("num_producers", params.numProducers(), 1, (limits.platformThreads() - 4) / 2,
						"lab.limits.platform-threads"),
				Violation.check("consumer_delay_ms", params.consumerDelayMs(), 1,
						delayMs / Math.max(1, params.beyondCapacity()), "lab.limits.delay"),
				Violation.check("offer_timeout_ms", params.offerTimeoutMs(), 50, delayMs, "lab.limits.delay")));
		return this.engine.run(EXPERIMENT, "bounded", params, new BoundedQueue());
	}

}
