package org.concurrency.lab.threading;

/** Times as this package reports them. */
final class Elapsed {

	private Elapsed() {
	}

	/** Milliseconds since {@code originNanos}, to a tenth. */
	static double sinceMs(long originNanos, long nanoTime) {
		return Math.round((nanoTime - originNanos) / 1e5) / 10.0;
	}

}
