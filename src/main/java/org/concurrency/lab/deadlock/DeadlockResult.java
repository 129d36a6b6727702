package org.concurrency.lab.deadlock;

import java.util.List;

/**
 * What a deadlock run saw: the cycle, how long the JVM took to find it, and how the lab
 * broke it.
 *
 * @param cycle the deadlocked threads as the JVM's detector reported them, each waiting
 * for a lock the next one holds
 * @param detectedAfterMs from the moment every worker held its own lock until the
 * detector reported all of them
 * @param brokenBy which worker the lab interrupted, and what that did
 * @param brokenAfterMs from the same moment until every other worker had finished
 * @param completed the workers that got both their locks once the cycle was broken
 * @param deadlockedAfter threads the detector finds deadlocked anywhere in the JVM once
 * the run's workers ended: 0
 */
public record DeadlockResult(List<LockWait> cycle, double detectedAfterMs, DeadlockBreak brokenBy, double brokenAfterMs,
		List<String> completed, int deadlockedAfter) {

	/**
	 * How a deadlock was broken.
	 *
	 * @param victim the worker interrupted
	 * @param how what the interrupt did to it
	 */
	public record DeadlockBreak(String victim, String how) {
	}

}
