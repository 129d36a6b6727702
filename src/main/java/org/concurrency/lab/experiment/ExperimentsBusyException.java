package org.concurrency.lab.experiment;

import java.time.Duration;

/** Too many experiments already run at once; the client may try again after a while. */
public class ExperimentsBusyException extends RuntimeException {

	private final int running;

	private final Duration retryAfter;

	private final String limit;

	ExperimentsBusyException(int running, Duration retryAfter) {
		this(running, retryAfter,
				running + " experiments are running, the most lab.limits.concurrent-experiments allows",
				"lab.limits.concurrent-experiments");
	}

	/**
	 * Busy in another way than the count of runs: {@code detail} says how, {@code limit}
	 * what sets it.
	 */
	ExperimentsBusyException(int running, Duration retryAfter, String detail, String limit) {
		super(detail);
		this.running = running;
		this.retryAfter = retryAfter;
		this.limit = limit;
	}

	/** What sets the bound that was reached: a property, or a JVM option. */
	public String limit() {
		return this.limit;
	}

	public int running() {
		return this.running;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
