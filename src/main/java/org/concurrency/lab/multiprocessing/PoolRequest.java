package org.concurrency.lab.multiprocessing;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;

/**
 * What {@code multiprocessing/pool} is asked to run; a missing field takes its default.
 * It runs as {@link PoolParams}, which the lab's limits complete.
 */
@Schema(description = "A pool of reused worker JVMs against one JVM per task. Every field is optional.")
public record PoolRequest(
		@Schema(description = "Tasks for the pool (at most lab.limits.tasks). The one-JVM-per-task side runs the first "
				+ "lab.limits.processes − num_processes of them: a run starts at most lab.limits.processes JVMs.") @Positive @Default(8) Integer tasks,
		@Schema(description = "Worker JVMs in the pool, and JVMs at once on the one-per-task side (at most half of "
				+ "lab.limits.processes).") @Positive @Default(2) Integer numProcesses)
		implements
			LabRequest {

}
