package org.concurrency.lab.virtualthread;

import java.util.List;

/**
 * What the scheduler under {@code tasks} virtual threads did, as its management bean and
 * the threads' own carriers tell it.
 *
 * @param mix what each step did
 * @param jdk the JDK the child JVM ran, and the flag that set its carriers
 * @param wallMs from the tasks' start until the last one ended
 * @param samples the scheduler's bean over time, the last one after the tasks ended
 * @param peak the most each count reached in the samples
 * @param idleSamples samples, while the tasks ran, with no virtual thread mounted or
 * queued: every one of them parked
 * @param carriersUsed distinct carriers that ran a step
 * @param carriers each carrier, with how many virtual threads and steps it ran
 * @param moves times a virtual thread went on on another carrier than its step before,
 * all tasks together
 * @param tasksThatMoved tasks that ran on more than one carrier
 * @param longestFirstStepMs the longest any task waited, from the start, for its first
 * step to be done: how long the last one in the queue waited for a carrier
 */
public record SchedulerResult(String mix, JdkInfo jdk, double wallMs, List<Sample> samples, Peak peak, int idleSamples,
		int carriersUsed, List<CarrierUse> carriers, int moves, int tasksThatMoved, double longestFirstStepMs) {

	/**
	 * One sample of {@code jdk.management.VirtualThreadSchedulerMXBean}.
	 *
	 * @param atMs since the tasks were started
	 * @param parallelism the scheduler's target parallelism: its carriers
	 * @param poolSize platform threads the scheduler has started and not ended
	 * @param mounted virtual threads mounted on a carrier: running
	 * @param queued virtual threads ready to run, waiting for a carrier
	 */
	public record Sample(double atMs, int parallelism, int poolSize, int mounted, long queued) {
	}

	/**
	 * The most each count reached.
	 *
	 * @param poolSize carriers started
	 * @param mounted virtual threads running at once
	 * @param queued virtual threads waiting for a carrier at once
	 */
	public record Peak(int poolSize, int mounted, long queued) {
	}

	/**
	 * One carrier's share.
	 *
	 * @param carrier the platform thread, as the JDK names it
	 * @param virtualThreads virtual threads it ran at least one step of
	 * @param steps steps it ran
	 */
	public record CarrierUse(String carrier, int virtualThreads, int steps) {
	}

}
