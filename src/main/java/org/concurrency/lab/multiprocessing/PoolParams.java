package org.concurrency.lab.multiprocessing;

import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * What multiprocessing/pool ran: the request's fields, and how many tasks the
 * one-JVM-per-task side ran.
 *
 * @param tasks Tasks for the pool.
 * @param numProcesses Worker JVMs in the pool, and JVMs at once on the other side.
 * @param onePerTaskTasks Tasks of the one-JVM-per-task side: the first
 * lab.limits.processes − num_processes, so the run starts at most lab.limits.processes
 * JVMs.
 */
public record PoolParams(Integer tasks, Integer numProcesses, Integer onePerTaskTasks) implements LabRequest {

	/**
	 * What {@code request} runs under {@code limits}. The last field depends on
	 * {@code lab.limits.processes}, so it is known only once the request meets the lab's
	 * limits; the record has no defaults of its own (its fields are boxed, as a request's
	 * are, only so that {@link LabRequest#defaults}, which the OpenAPI document asks
	 * every request for, can give it nulls).
	 */
	static PoolParams of(PoolRequest request, LabLimits limits) {
		return new PoolParams(request.tasks(), request.numProcesses(),
				Math.min(request.tasks(), limits.processes() - request.numProcesses()));
	}

	/**
	 * The pool and the one-JVM-per-task side share the run's processes. The least values
	 * are {@link PoolRequest}'s {@code @Positive}.
	 */
	@Override
	public void check(LimitCheck check) {
		check.between("tasks", this.tasks, 1, check.lab().tasks(), Limit.TASKS)
			.between("num_processes", this.numProcesses, 1, check.lab().processes() / 2, Limit.PROCESSES);
	}

}
