package org.concurrency.lab.threading;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * A pool whose tasks each bind their own user: by ThreadLocal or by ScopedValue. Every
 * field is optional.
 *
 * @param numWorkers Threads in the pool (at most lab.limits.platform-threads, in all
 * three variants).
 * @param tasks Tasks (more than num_workers, so that some thread runs a second task; at
 * most lab.limits.tasks).
 */
public record ThreadLocalRequest(@Positive @Default(2) Integer numWorkers,
		@Schema(example = "6", minimum = "2") @Positive @Default(6) Integer tasks) implements LabRequest {

	/**
	 * Each of the three variants has a pool of its own, and three children show
	 * inheritance; some thread must run a second task.
	 */
	@Override
	public void check(LimitCheck check) {
		int maxWorkers = (check.lab().platformThreads() - 3) / ThreadLocals.VARIANTS;
		check.atMost("num_workers", this.numWorkers, maxWorkers, Limit.PLATFORM_THREADS)
			.between("tasks", this.tasks, this.numWorkers + 1L, check.lab().tasks(), Limit.TASKS);
	}

}
