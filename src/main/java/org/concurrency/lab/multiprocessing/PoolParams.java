package org.concurrency.lab.multiprocessing;

/**
 * The effective parameters of {@code multiprocessing/pool}: the request's, and how many
 * tasks the one-JVM-per-task side runs.
 *
 * @param tasks tasks for the pool
 * @param numProcesses worker JVMs in the pool, and JVMs at once on the other side
 * @param onePerTaskTasks tasks of the one-JVM-per-task side: the first
 * {@code lab.limits.processes − num_processes} tasks, so the run starts at most
 * {@code lab.limits.processes} JVMs
 */
public record PoolParams(int tasks, int numProcesses, int onePerTaskTasks) {

	static PoolParams of(PoolRequest request, int processLimit) {
		return new PoolParams(request.tasks(), request.numProcesses(),
				Math.min(request.tasks(), processLimit - request.numProcesses()));
	}

}
