package org.concurrency.lab.threading;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * How long {@code threading/states} keeps its thread in each state; a missing field takes
 * its default.
 *
 * @param holdMs milliseconds the thread stays in each state after the main thread has
 * seen it there
 */
@Schema(description = "One thread driven through its six states. Every field is optional.")
public record ThreadStatesRequest(@Schema(
		description = "Milliseconds the thread stays in each state after the main thread has seen it there, "
				+ "time enough for a thread dump to catch it too (at most lab.limits.delay).",
		defaultValue = "20", example = "20", minimum = "0") @PositiveOrZero Integer holdMs) {

	public ThreadStatesRequest(@Nullable Integer holdMs) {
		this.holdMs = (holdMs != null) ? holdMs : 20;
	}

	public static ThreadStatesRequest defaults() {
		return new ThreadStatesRequest(null);
	}

}
