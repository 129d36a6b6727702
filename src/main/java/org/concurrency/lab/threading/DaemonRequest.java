package org.concurrency.lab.threading;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * How long the two children of {@code threading/daemon} work; a missing field takes its
 * default.
 *
 * @param workerSeconds seconds each child's worker thread means to work
 * @param mainMs milliseconds each child's main thread runs before it returns
 */
@Schema(description = "Two child JVMs whose main returns while a worker thread still works: a daemon worker in one, "
		+ "a non-daemon worker in the other. Every field is optional.")
public record DaemonRequest(@Schema(
		description = "Seconds each worker thread means to work, beating every 100 ms (at most " + "lab.limits.delay).",
		defaultValue = "2.0", example = "2.0", minimum = "0", exclusiveMinimum = true) @Positive Double workerSeconds,
		@Schema(description = "Milliseconds each child's main thread runs before it returns (at most half of "
				+ "worker_seconds, so the worker surely still works).", defaultValue = "100", example = "100",
				minimum = "0") @PositiveOrZero Integer mainMs) {

	public DaemonRequest(@Nullable Double workerSeconds, @Nullable Integer mainMs) {
		this.workerSeconds = (workerSeconds != null) ? workerSeconds : 2.0;
		this.mainMs = (mainMs != null) ? mainMs : 100;
	}

	public static DaemonRequest defaults() {
		return new DaemonRequest(null, null);
	}

	long workerMs() {
		return Math.round(this.workerSeconds * 1000);
	}

}
