package org.concurrency.lab.multiprocessing;

import jakarta.validation.constraints.Min;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * Child JVMs incrementing one counter in a memory-mapped file. Every field is optional.
 *
 * @param numProcesses Child JVMs incrementing the counter on each side (at least 2, at
 * most half of lab.limits.processes: both sides run in one request).
 * @param increments Increments each child makes (at least 1000, so the unsafe side's
 * loops overlap; all of them together at most lab.limits.tasks).
 */
public record SharedStateRequest(@Min(2) @Default(2) Integer numProcesses,
		@Min(1000) @Default(20_000) Integer increments) implements LabRequest {

	/** Both sides run in one request: twice the processes, twice the increments. */
	@Override
	public void check(LimitCheck check) {
		check.atMost("num_processes", this.numProcesses, check.lab().processes() / 2, Limit.PROCESSES)
			.atMost("increments", this.increments, check.lab().tasks() / (2L * Math.max(this.numProcesses, 1)),
					Limit.TASKS);
	}

}
