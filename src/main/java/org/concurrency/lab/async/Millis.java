package org.concurrency.lab.async;

/** Durations and instants as the reports show them: milliseconds, one decimal. */
final class Millis {

	private Millis() {
	}

	static double of(long nanos) {
		return Math.round(nanos / 1e5) / 10.0;
	}

	/** Milliseconds from {@code originNanos} until now. */
	static double since(long originNanos) {
		return of(System.nanoTime() - originNanos);
	}

	static long toNanos(double seconds) {
		return Math.round(seconds * 1e9);
	}

}
