package org.concurrency.lab.multiprocessing;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * Client JVMs updating a dict served by a manager JVM, and a counter in a mapped file.
 * Every field is optional.
 *
 * @param numProcesses Client JVMs (at least 2; with the manager at most
 * lab.limits.processes).
 * @param operations Updates each client makes on each of the three sides (all of them
 * together at most lab.limits.tasks).
 */
public record ManagerRequest(@Min(2) @Default(4) Integer numProcesses,
		@Positive @Default(1000) Integer operations) implements LabRequest {

	/** One more process than the clients, the manager; three sides of operations. */
	@Override
	public void check(LimitCheck check) {
		check.atMost("num_processes", this.numProcesses, check.lab().processes() - 1, Limit.PROCESSES)
			.atMost("operations", this.operations, check.lab().tasks() / (3L * Math.max(this.numProcesses, 1)),
					Limit.TASKS);
	}

}
