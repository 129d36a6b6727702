package org.concurrency.lab.memorymodel;

import java.util.List;

/**
 * The histogram of a litmus test's outcomes.
 *
 * @param test the litmus test
 * @param mode how its fields were accessed
 * @param jdk the JDK that ran it
 * @param forked whether it ran in a child JVM
 * @param jvmFlags the child JVM's flags
 * @param outcomes every outcome the test can have, with how often it was seen
 * @param samples how many times the actors ran the test's lines
 * @param samplesPerSecond samples over the time the actors ran
 * @param forbiddenSeen whether an outcome this mode forbids was seen
 */
public record LitmusResult(String test, String mode, String jdk, boolean forked, List<String> jvmFlags,
		List<Outcome> outcomes, long samples, long samplesPerSecond, boolean forbiddenSeen) {

	/**
	 * One outcome.
	 *
	 * @param outcome what the actors read, as jcstress writes it ({@code "0, 0"})
	 * @param count how many samples ended so
	 * @param expect {@code acceptable}, {@code interesting} (allowed, and weak) or
	 * {@code forbidden}
	 * @param description what it means
	 */
	public record Outcome(String outcome, long count, String expect, String description) {
	}

}
