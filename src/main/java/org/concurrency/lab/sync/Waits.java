package org.concurrency.lab.sync;

import java.time.Duration;

import org.concurrency.lab.experiment.RunContext;

/**
 * How long this package's experiments wait for anything: to the run's deadline, and a
 * second past it. The engine stops a run at its deadline by interrupting its threads, and
 * that interrupt ends the wait; the extra second keeps a wait from timing out in the very
 * instant the engine does, which would report the run as failed rather than timed out.
 */
final class Waits {

	private static final Duration BACKSTOP = Duration.ofSeconds(1);

	private Waits() {
	}

	static Duration bound(RunContext context) {
		return context.remaining().plus(BACKSTOP);
	}

	static long nanos(RunContext context) {
		return bound(context).toNanos();
	}

	/** Milliseconds since {@code originNanos}, to a tenth. */
	static double sinceMs(long originNanos, long nanoTime) {
		return Math.round((nanoTime - originNanos) / 1e5) / 10.0;
	}

}
