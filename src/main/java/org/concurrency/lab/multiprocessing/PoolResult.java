package org.concurrency.lab.multiprocessing;

/**
 * A pool of reused worker JVMs against one JVM per task.
 *
 * @param pool the pool's side
 * @param onePerTask the side that starts a JVM for every task
 * @param differenceMsPerTask one-per-task's time per task minus the pool's: what starting
 * a JVM for each task costs
 * @param resultsMatch whether both sides computed the same digest for the tasks both ran
 */
public record PoolResult(Side pool, Side onePerTask, double differenceMsPerTask, boolean resultsMatch) {

	/**
	 * One side.
	 *
	 * @param jvmsStarted child JVMs it started
	 * @param tasks tasks it ran
	 * @param durationMs its wall time, JVM start-ups included
	 * @param msPerTask its wall time divided by its tasks
	 * @param meanStartupMs a JVM's time from launch until its {@code main} ran, on
	 * average
	 */
	public record Side(int jvmsStarted, int tasks, double durationMs, double msPerTask, double meanStartupMs) {
	}

}
