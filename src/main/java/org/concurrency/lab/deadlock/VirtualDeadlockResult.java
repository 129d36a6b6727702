package org.concurrency.lab.deadlock;

import java.util.List;

/**
 * The lock cycle of {@code demonstrate} among virtual threads: what the JVM's detector
 * saw (nothing), the cycle found another way, and how it was broken.
 *
 * @param detectorFound the run's threads {@code ThreadMXBean.findDeadlockedThreads()}
 * reported deadlocked: none, since it looks at platform threads only
 * @param threadInfos of the workers, those {@code ThreadMXBean.getThreadInfo} knows: 0,
 * it has no {@code ThreadInfo} for a virtual thread
 * @param cycle the deadlocked workers, each waiting for a lock the next one holds: its
 * state and the object it parks on from the JSON thread dump, the owner of that lock from
 * the dump if it names one, else from the lab's lock
 * @param deadlockedAfterMs from the moment every worker held its own lock until every one
 * was parked on the next one's
 * @param threadDump what the JSON thread dump held about the workers
 * @param ownersFrom where the owner of each lock in the cycle came from: the thread dump,
 * or the lab's locks
 * @param brokenBy which worker the lab interrupted, and what that did
 * @param brokenAfterMs from the same moment until every other worker had finished
 * @param completed the workers that got both their locks once the cycle was broken
 * @param threadsAliveAfter the run's threads still alive at the end: none
 * @param locksHeldAfter the ring's locks still held at the end: 0
 */
public record VirtualDeadlockResult(List<String> detectorFound, int threadInfos, List<LockWait> cycle,
		double deadlockedAfterMs, DumpView threadDump, String ownersFrom, DeadlockResult.DeadlockBreak brokenBy,
		double brokenAfterMs, List<String> completed, List<String> threadsAliveAfter, int locksHeldAfter) {

	/**
	 * The workers in the JSON thread dump.
	 *
	 * @param tookMs how long the JVM took to write it
	 * @param threadsListed workers the dump listed: all of them
	 * @param containers the thread containers they were listed under
	 * @param fields the fields the dump gave a worker
	 * @param namesOwners whether the dump named the owner of a lock a worker parked on
	 * ({@code parkBlocker.owner}, JDK 26+)
	 */
	public record DumpView(double tookMs, int threadsListed, List<String> containers, List<String> fields,
			boolean namesOwners) {
	}

}
