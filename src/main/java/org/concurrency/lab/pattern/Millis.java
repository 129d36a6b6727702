package org.concurrency.lab.pattern;

/** Instants as the reports show them: milliseconds, one decimal. */
final class Millis {

	private Millis() {
	}

	/** Milliseconds from {@code originNanos} until now. */
	static double since(long originNanos) {
		return Math.round((System.nanoTime() - originNanos) / 1e5) / 10.0;
	}

}
