package org.concurrency.lab.experiment;

/** Durations as reports show them: milliseconds to a tenth. */
public final class Millis {

	private Millis() {
	}

	/** {@code nanos} in milliseconds, to a tenth. */
	public static double of(long nanos) {
		return Math.round(nanos / 1e5) / 10.0;
	}

	/** Milliseconds from {@code startNanos} (a {@link System#nanoTime()}) until now. */
	public static double since(long startNanos) {
		return of(System.nanoTime() - startNanos);
	}

	/** Milliseconds from {@code startNanos} to {@code endNanos}. */
	public static double between(long startNanos, long endNanos) {
		return of(endNanos - startNanos);
	}

	/** A fractional number of milliseconds, to a tenth. */
	public static double round(double millis) {
		return Math.round(millis * 10) / 10.0;
	}

}
