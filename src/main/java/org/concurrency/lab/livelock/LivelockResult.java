package org.concurrency.lab.livelock;

import java.util.List;
import java.util.Map;

/**
 * What two polite diners did with one spoon.
 *
 * @param progress whether anyone ate
 * @param stepsAside times the spoon was handed over to the other diner, both diners
 * together
 * @param meals meals eaten, both diners together
 * @param stoppedByDuration whether the diners were stopped at {@code duration_ms} rather
 * than finishing their meals
 * @param statesMidRun each diner's thread state sampled while they dined: a livelocked
 * thread is {@code RUNNABLE}, not blocked
 * @param deadlockedMidRun threads of the run the JVM's deadlock detector found at the
 * same moment: 0, since no one is blocked
 * @param diners each diner's record
 */
public record LivelockResult(boolean progress, long stepsAside, int meals, boolean stoppedByDuration,
		Map<String, String> statesMidRun, int deadlockedMidRun, List<Diner> diners) {

	/**
	 * One diner.
	 *
	 * @param diner its thread
	 * @param stepsAside times it handed the spoon over
	 * @param meals meals it ate
	 * @param stepsAsideBeforeEachMeal for each meal, the steps aside since the meal
	 * before
	 * @param cpuMs CPU time its thread used: about its wall time when it spins
	 */
	public record Diner(String diner, long stepsAside, int meals, List<Long> stepsAsideBeforeEachMeal, double cpuMs) {
	}

}
