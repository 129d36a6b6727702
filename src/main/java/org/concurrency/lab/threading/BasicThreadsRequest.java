package org.concurrency.lab.threading;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * How many threads {@code threading/basic} starts and how long each waits; a missing
 * field takes its default.
 *
 * @param numThreads threads to start
 * @param delay seconds each thread waits, as the seed's requests do
 */
@Schema(description = "Threads started, then joined. Every field is optional.")
public record BasicThreadsRequest(
		@Schema(description = "Threads to start (at most lab.limits.platform-threads).", defaultValue = "3",
				example = "3", minimum = "1") @Positive Integer numThreads,
		@Schema(description = "Seconds each thread waits (at most lab.limits.delay).", defaultValue = "0.5",
				example = "0.5", minimum = "0") @PositiveOrZero Double delay) {

	public BasicThreadsRequest(@Nullable Integer numThreads, @Nullable Double delay) {
		this.numThreads = (numThreads != null) ? numThreads : 3;
		this.delay = (delay != null) ? delay : 0.5;
	}

	public static BasicThreadsRequest defaults() {
		return new BasicThreadsRequest(null, null);
	}

	long delayNanos() {
		return Math.round(this.delay * 1e9);
	}

}
