package org.concurrency.lab.sync;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * The parties and generations of {@code sync/barrier}; a missing field takes its default.
 *
 * @param parties threads that work in step
 * @param generations pieces of work each party does, one per generation
 * @param workMs the longest piece of work; in each generation the parties' pieces are
 * spread evenly up to it, in random order
 */
@Schema(description = "Parties working in generations, with and without a barrier between them. "
		+ "Every field is optional.")
public record BarrierRequest(@Schema(
		description = "Threads working in step (at least 2; 2 × parties at most " + "lab.limits.platform-threads).",
		defaultValue = "3", example = "3", minimum = "2") @Min(2) Integer parties,
		@Schema(description = "Generations: pieces of work each party does (at least 2; parties × generations at most "
				+ "lab.limits.tasks).", defaultValue = "3", example = "3", minimum = "2") @Min(2) Integer generations,
		@Schema(description = "Milliseconds of the longest piece of work; each generation's pieces are spread evenly "
				+ "up to it, shuffled (at least 10, at most lab.limits.delay).", defaultValue = "30", example = "30",
				minimum = "10") @Min(10) Integer workMs) {

	public BarrierRequest(@Nullable Integer parties, @Nullable Integer generations, @Nullable Integer workMs) {
		this.parties = (parties != null) ? parties : 3;
		this.generations = (generations != null) ? generations : 3;
		this.workMs = (workMs != null) ? workMs : 30;
	}

	public static BarrierRequest defaults() {
		return new BarrierRequest(null, null, null);
	}

}
