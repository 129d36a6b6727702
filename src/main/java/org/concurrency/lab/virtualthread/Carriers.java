package org.concurrency.lab.virtualthread;

import java.util.List;

import org.concurrency.lab.experiment.LimitCheck;
import org.concurrency.lab.experiment.Violation;

/**
 * A child JVM whose virtual-thread scheduler has exactly the carriers a run asks for. The
 * default scheduler's parallelism is a system property read once, when the JVM starts
 * ({@code jdk.virtualThreadScheduler.parallelism}, by default the number of cores), so a
 * run cannot set it in the lab's own JVM, whose scheduler also runs the lab's requests;
 * it starts a JVM of its own with it.
 */
final class Carriers {

	static final String PARALLELISM = "-Djdk.virtualThreadScheduler.parallelism=";

	static final String MAX_POOL_SIZE = "-Djdk.virtualThreadScheduler.maxPoolSize=";

	/** The FFM API's downcalls and upcalls are restricted methods. */
	static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";

	private Carriers() {
	}

	/** The JDK a child ran, from its {@code jdk <version>} line. */
	static JdkInfo jdk(String version, List<String> flags) {
		return new JdkInfo(version, Runtime.Version.parse(version).feature(), flags);
	}

	/**
	 * {@code inARow} spans of {@code millis} must fit in half the deadline, the other
	 * half left for the child JVM's start and the report.
	 */
	static void fitsInDeadline(LimitCheck check, String field, long millis, long inARow, String why) {
		long budget = check.lab().deadline().toMillis() / 2;
		if (millis * inARow > budget) {
			check.add(new Violation(field, millis, "at most " + Math.max(1, budget / inARow) + " (" + why
					+ " must fit in half of lab.limits.deadline)", "lab.limits.deadline"));
		}
	}

}
