package org.concurrency.lab.threading;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;
import org.jspecify.annotations.Nullable;

/**
 * How many threads {@code threading/basic} starts and how long each waits; a missing
 * field takes its default.
 */
@Schema(description = "Threads started, then joined. Every field is optional.")
public record BasicThreadsRequest(
		@Schema(description = "Threads to start (at most lab.limits.platform-threads).",
				example = "3") @Positive Integer numThreads,
		@Schema(description = "Seconds each thread waits (at most lab.limits.delay).",
				example = "0.5") @PositiveOrZero Double delay)
		implements
			LabRequest {

	public BasicThreadsRequest(@Nullable Integer numThreads, @Nullable Double delay) {
		this.numThreads = (numThreads != null) ? numThreads : 3;
		this.delay = (delay != null) ? delay : 0.5;
	}

	@Override
	public void check(LimitCheck check) {
		check.atMost("num_threads", this.numThreads, Limit.PLATFORM_THREADS)
			.atMostSeconds("delay", this.delay, Limit.DELAY);
	}

	long delayNanos() {
		return Math.round(this.delay * 1e9);
	}

}
