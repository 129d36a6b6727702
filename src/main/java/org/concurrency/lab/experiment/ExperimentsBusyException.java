package org.concurrency.lab.experiment;

import java.time.Duration;

/** Too many experiments already run at once; the client may try again after a while. */
public class ExperimentsBusyException extends RuntimeException {

	private final int running;

	private final Duration retryAfter;

	ExperimentsBusyException(int running, Duration retryAfter) {
		super(running + " experiments are running, the most lab.limits.concurrent-experiments allows");
		this.running = running;
		this.retryAfter = retryAfter;
	}

	public int running() {
		return this.running;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
