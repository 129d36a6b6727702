package org.concurrency.lab.multiprocessing;

import java.util.Arrays;

import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LimitExceededException;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.Violation;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Runs the multiprocessing experiments within the lab's limits: a request that would
 * start more child JVMs than {@code lab.limits.processes} is refused before any starts.
 */
@Service
public class MultiprocessingService {

	static final String EXPERIMENT = "multiprocessing";

	private final ExperimentEngine engine;

	public MultiprocessingService(ExperimentEngine engine) {
		this.engine = engine;
	}

	Report<BasicRequest, BasicResult> basic(@Nullable BasicRequest request) {
		BasicRequest params = (request != null) ? request : BasicRequest.defaults();
		LabLimits limits = this.engine.limits();
		LimitExceededException.throwIfAny(Arrays.asList(
				Violation.check("num_processes", params.numProcesses(), 1, limits.processes(), "lab.limits.processes"),
				Violation.check("delay", params.delay(), 0.0, limits.delay().toMillis() / 1000.0, "lab.limits.delay")));
		return this.engine.run(EXPERIMENT, "basic", params, new BasicProcesses());
	}

	Report<QueueRequest, QueueResult> queue(@Nullable QueueRequest request) {
		QueueRequest params = (request != null) ? request : QueueRequest.defaults();
		LimitExceededException
			.throwIf(Violation.check("items", params.items(), 1, this.engine.limits().tasks(), "lab.limits.tasks"));
		return this.engine.run(EXPERIMENT, "queue", params, new ProcessQueue());
	}

	Report<PipeRequest, PipeResult> pipe(@Nullable PipeRequest request) {
		PipeRequest params = (request != null) ? request : PipeRequest.defaults();
		LimitExceededException.throwIf(
				Violation.check("messages", params.messages(), 1, this.engine.limits().tasks(), "lab.limits.tasks"));
		return this.engine.run(EXPERIMENT, "pipe", params, new ProcessPipe());
	}

	Report<PoolParams, PoolResult> pool(@Nullable PoolRequest request) {
		PoolRequest params = (request != null) ? request : PoolRequest.defaults();
		LabLimits limits = this.engine.limits();
		// the pool and the one-JVM-per-task side share the run's processes
		LimitExceededException.throwIfAny(
				Arrays.asList(Violation.check("tasks", params.tasks(), 1, limits.tasks(), "lab.limits.tasks"), Violation
					.check("num_processes", params.numProcesses(), 1, limits.processes() / 2, "lab.limits.processes")));
		return this.engine.run(EXPERIMENT, "pool", PoolParams.of(params, limits.processes()), new ProcessPool());
	}

	Report<SharedStateRequest, SharedStateResult> sharedState(@Nullable SharedStateRequest request) {
		SharedStateRequest params = (request != null) ? request : SharedStateRequest.defaults();
		LabLimits limits = this.engine.limits();
		// both sides run in one request: twice the processes, twice the increments
		int processes = Math.max(params.numProcesses(), 1);
		LimitExceededException.throwIfAny(Arrays.asList(
				Violation.check("num_processes", params.numProcesses(), 2, limits.processes() / 2,
						"lab.limits.processes"),
				Violation.check("increments", params.increments(), 1000, limits.tasks() / (2L * processes),
						"lab.limits.tasks")));
		return this.engine.run(EXPERIMENT, "shared-state", params, new SharedCounter());
	}

}
