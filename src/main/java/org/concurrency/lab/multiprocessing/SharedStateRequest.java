package org.concurrency.lab.multiprocessing;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * What {@code multiprocessing/shared-state} counts; a missing field takes its default.
 *
 * @param numProcesses child JVMs incrementing the counter, on each side
 * @param increments increments each child makes
 */
@Schema(description = "Child JVMs incrementing one counter in a memory-mapped file. Every field is optional.")
public record SharedStateRequest(
		@Schema(description = "Child JVMs incrementing the counter on each side (at least 2, at most half of "
				+ "lab.limits.processes: both sides run in one request).", defaultValue = "2", example = "2",
				minimum = "2") @Min(2) Integer numProcesses,
		@Schema(description = "Increments each child makes (at least 1000, so the unsafe side's loops overlap; "
				+ "all of them together at most lab.limits.tasks).", defaultValue = "20000", example = "20000",
				minimum = "1000") @Min(1000) Integer increments) {

	public SharedStateRequest(@Nullable Integer numProcesses, @Nullable Integer increments) {
		this.numProcesses = (numProcesses != null) ? numProcesses : 2;
		this.increments = (increments != null) ? increments : 20_000;
	}

	public static SharedStateRequest defaults() {
		return new SharedStateRequest(null, null);
	}

}
