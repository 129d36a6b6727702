package org.concurrency.lab.pattern;

import java.time.Duration;
import java.util.Comparator;

/** How the patterns report their threads. */
final class RunThreads {

	/**
	 * How long each thread of a run may take to end before the report names it alive: a
	 * pool reports itself terminated just before its last thread has quite finished.
	 */
	static final Duration GRACE = Duration.ofMillis(500);

	/**
	 * Thread names in the order their factory numbered them: worker-2 before worker-10.
	 */
	static final Comparator<String> BY_NUMBER = Comparator.comparingInt(String::length)
		.thenComparing(Comparator.naturalOrder());

	private RunThreads() {
	}

}
