package org.concurrency.lab.threading;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * How {@code threading/pool} shared its tasks among its threads.
 *
 * @param poolSize threads the pool started
 * @param tasksRun tasks the pool ran
 * @param tasksPerWorker for each pool thread, by name, the tasks it ran
 * @param maxConcurrent the most tasks that ran at one time: never more than the pool's
 * threads
 * @param poolMs milliseconds the pool took for every task
 * @param threadPerTask the same tasks with one new thread each, when they fit under the
 * thread limit
 */
public record ThreadPoolResult(int poolSize, int tasksRun, Map<String, Integer> tasksPerWorker, int maxConcurrent,
		double poolMs, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable ThreadPerTask threadPerTask) {

	/**
	 * The same tasks, one new thread each.
	 *
	 * @param threadsStarted threads started: one per task
	 * @param maxConcurrent the most tasks that ran at one time
	 * @param durationMs milliseconds it took for every task
	 * @param startUsPerThread microseconds it took, on average, to create and start each
	 * thread
	 */
	public record ThreadPerTask(int threadsStarted, int maxConcurrent, double durationMs, double startUsPerThread) {
	}

}
