package org.concurrency.lab.multiprocessing;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.AtMost;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;

/**
 * Child JVMs that each do a small job and exit. Every field is optional.
 *
 * @param numProcesses Child JVMs to start (at most lab.limits.processes).
 * @param delay Seconds each child works before it exits (at most lab.limits.delay).
 * @param exitCode Exit code of the last child: 0 lets every child succeed; 1 to 255 makes
 * the last one fail, alone.
 */
public record BasicRequest(@Positive @Default(3) @AtMost(Limit.PROCESSES) Integer numProcesses,
		@PositiveOrZero @Default(0.1) @AtMost(Limit.DELAY) Double delay,
		@Schema(example = "3") @PositiveOrZero @Max(255) @Default(0) Integer exitCode) implements LabRequest {

	long delayMillis() {
		return Math.round(this.delay * 1000);
	}

}
