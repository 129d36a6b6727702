package org.concurrency.lab.threading;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.AtMost;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;

/**
 * Threads started, then joined. Every field is optional.
 *
 * @param numThreads Threads to start (at most lab.limits.platform-threads).
 * @param delay Seconds each thread waits (at most lab.limits.delay).
 */
public record BasicThreadsRequest(@Positive @Default(3) @AtMost(Limit.PLATFORM_THREADS) Integer numThreads,
		@PositiveOrZero @Default(0.5) @AtMost(Limit.DELAY) Double delay) implements LabRequest {

	long delayNanos() {
		return Math.round(this.delay * 1e9);
	}

}
