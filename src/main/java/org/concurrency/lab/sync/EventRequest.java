package org.concurrency.lab.sync;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * The waiters of {@code sync/event} and when they are signalled; a missing field takes
 * its default.
 *
 * @param numWorkers threads waiting for the signal, in each variant
 * @param delay seconds until the signal is set
 * @param pollMs milliseconds a polling waiter sleeps between two looks at the flag
 */
@Schema(description = "Waiters released by one signal: a latch, or a flag polled. Every field is optional.")
public record EventRequest(@Schema(
		description = "Threads waiting, in each variant (2 × num_workers at most " + "lab.limits.platform-threads).",
		defaultValue = "3", example = "3", minimum = "1") @Positive Integer numWorkers,
		@Schema(description = "Seconds until the signal is set (at most lab.limits.delay).", defaultValue = "0.2",
				example = "0.2", minimum = "0") @PositiveOrZero Double delay,
		@Schema(description = "Milliseconds a polling waiter sleeps between two looks at the flag.",
				defaultValue = "10", example = "10", minimum = "1",
				maximum = "1000") @Positive @Max(1000) Integer pollMs) {

	public EventRequest(@Nullable Integer numWorkers, @Nullable Double delay, @Nullable Integer pollMs) {
		this.numWorkers = (numWorkers != null) ? numWorkers : 3;
		this.delay = (delay != null) ? delay : 0.2;
		this.pollMs = (pollMs != null) ? pollMs : 10;
	}

	public static EventRequest defaults() {
		return new EventRequest(null, null, null);
	}

	long delayNanos() {
		return Math.round(this.delay * 1e9);
	}

}
