package org.concurrency.lab.multiprocessing;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * What {@code multiprocessing/basic} starts; a missing field takes its default.
 *
 * @param numProcesses child JVMs to start
 * @param delay seconds each child works (sleeps) before it exits
 * @param exitCode the exit code of the last child; 0 (the default) lets every child
 * succeed
 */
@Schema(description = "Child JVMs that each do a small job and exit. Every field is optional.")
public record BasicRequest(
		@Schema(description = "Child JVMs to start (at most lab.limits.processes).", defaultValue = "3", example = "3",
				minimum = "1") @Positive Integer numProcesses,
		@Schema(description = "Seconds each child works before it exits (at most lab.limits.delay).",
				defaultValue = "0.1", example = "0.1", minimum = "0") @PositiveOrZero Double delay,
		@Schema(description = "Exit code of the last child: 0 lets every child succeed; 1 to 255 makes the last "
				+ "one fail, alone.", defaultValue = "0", example = "3", minimum = "0",
				maximum = "255") @PositiveOrZero @Max(255) Integer exitCode) {

	public BasicRequest(@Nullable Integer numProcesses, @Nullable Double delay, @Nullable Integer exitCode) {
		this.numProcesses = (numProcesses != null) ? numProcesses : 3;
		this.delay = (delay != null) ? delay : 0.1;
		this.exitCode = (exitCode != null) ? exitCode : 0;
	}

	public static BasicRequest defaults() {
		return new BasicRequest(null, null, null);
	}

	long delayMillis() {
		return Math.round(this.delay * 1000);
	}

}
