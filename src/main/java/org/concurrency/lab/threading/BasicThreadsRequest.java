package org.concurrency.lab.threading;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * How many threads {@code threading/basic} starts and how long each waits; a missing
 * field takes its default.
 */
@Schema(description = "Threads started, then joined. Every field is optional.")
public record BasicThreadsRequest(@Schema(
		description = "Threads to start (at most lab.limits.platform-threads).") @Positive @Default(3) Integer numThreads,
		@Schema(description = "Seconds each thread waits (at most lab.limits.delay).") @PositiveOrZero @Default(0.5) Double delay)
		implements
			LabRequest {

	@Override
	public void check(LimitCheck check) {
		check.atMost("num_threads", this.numThreads, Limit.PLATFORM_THREADS)
			.atMostSeconds("delay", this.delay, Limit.DELAY);
	}

	long delayNanos() {
		return Math.round(this.delay * 1e9);
	}

}
