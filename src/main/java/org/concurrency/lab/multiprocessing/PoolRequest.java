package org.concurrency.lab.multiprocessing;

import jakarta.validation.constraints.Positive;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;

/**
 * A pool of reused worker JVMs against one JVM per task. Every field is optional.
 *
 * @param tasks Tasks for the pool (at most lab.limits.tasks). The one-JVM-per-task side
 * runs the first lab.limits.processes − num_processes of them: a run starts at most
 * lab.limits.processes JVMs.
 * @param numProcesses Worker JVMs in the pool, and JVMs at once on the one-per-task side
 * (at most half of lab.limits.processes).
 */
public record PoolRequest(@Positive @Default(8) Integer tasks,
		@Positive @Default(2) Integer numProcesses) implements LabRequest {

}
