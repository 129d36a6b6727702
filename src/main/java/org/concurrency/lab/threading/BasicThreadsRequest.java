package org.concurrency.lab.threading;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * Threads started, then joined. Every field is optional.
 *
 * @param numThreads Threads to start (at most lab.limits.platform-threads).
 * @param delay Seconds each thread waits (at most lab.limits.delay).
 */
public record BasicThreadsRequest(@Positive @Default(3) Integer numThreads,
		@PositiveOrZero @Default(0.5) Double delay) implements LabRequest {

	@Override
	public void check(LimitCheck check) {
		check.atMost("num_threads", this.numThreads, Limit.PLATFORM_THREADS)
			.atMostSeconds("delay", this.delay, Limit.DELAY);
	}

	long delayNanos() {
		return Math.round(this.delay * 1e9);
	}

}
