package org.concurrency.lab.sync;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * Waiters released by one signal: a latch, or a flag polled. Every field is optional.
 *
 * @param numWorkers Threads waiting, in each variant (2 × num_workers at most
 * lab.limits.platform-threads).
 * @param delay Seconds until the signal is set (at most lab.limits.delay).
 * @param pollMs Milliseconds a polling waiter sleeps between two looks at the flag.
 */
public record EventRequest(@Positive @Default(3) Integer numWorkers, @PositiveOrZero @Default(0.2) Double delay,
		@Positive @Max(1000) @Default(10) Integer pollMs) implements LabRequest {

	@Override
	public void check(LimitCheck check) {
		check.atMost("num_workers", this.numWorkers, SyncVariant.threadsPerHalf(check), Limit.PLATFORM_THREADS)
			.atMostSeconds("delay", this.delay, Limit.DELAY);
	}

	long delayNanos() {
		return Math.round(this.delay * 1e9);
	}

}
