package org.concurrency.lab.sync;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * The waiters of {@code sync/event} and when they are signalled; a missing field takes
 * its default.
 */
@Schema(description = "Waiters released by one signal: a latch, or a flag polled. Every field is optional.")
public record EventRequest(
		@Schema(description = "Threads waiting, in each variant (2 × num_workers at most "
				+ "lab.limits.platform-threads).") @Positive @Default(3) Integer numWorkers,
		@Schema(description = "Seconds until the signal is set (at most lab.limits.delay).") @PositiveOrZero @Default(0.2) Double delay,
		@Schema(description = "Milliseconds a polling waiter sleeps between two looks at the flag.") @Positive @Max(1000) @Default(10) Integer pollMs)
		implements
			LabRequest {

	@Override
	public void check(LimitCheck check) {
		check.atMost("num_workers", this.numWorkers, SyncVariant.threadsPerHalf(check), Limit.PLATFORM_THREADS)
			.atMostSeconds("delay", this.delay, Limit.DELAY);
	}

	long delayNanos() {
		return Math.round(this.delay * 1e9);
	}

}
