package org.concurrency.lab.multiprocessing;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * Child JVMs that each do a small job and exit. Every field is optional.
 *
 * @param numProcesses Child JVMs to start (at most lab.limits.processes).
 * @param delay Seconds each child works before it exits (at most lab.limits.delay).
 * @param exitCode Exit code of the last child: 0 lets every child succeed; 1 to 255 makes
 * the last one fail, alone.
 */
public record BasicRequest(@Positive @Default(3) Integer numProcesses, @PositiveOrZero @Default(0.1) Double delay,
		@Schema(example = "3") @PositiveOrZero @Max(255) @Default(0) Integer exitCode) implements LabRequest {

	@Override
	public void check(LimitCheck check) {
		check.atMost("num_processes", this.numProcesses, Limit.PROCESSES)
			.atMostSeconds("delay", this.delay, Limit.DELAY);
	}

	long delayMillis() {
		return Math.round(this.delay * 1000);
	}

}
