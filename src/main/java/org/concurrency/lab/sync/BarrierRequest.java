package org.concurrency.lab.sync;

import jakarta.validation.constraints.Min;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * Parties working in generations, with and without a barrier between them. Every field is
 * optional.
 *
 * @param parties Threads working in step (at least 2; 2 × parties at most
 * lab.limits.platform-threads).
 * @param generations Generations: pieces of work each party does (at least 2; parties ×
 * generations at most lab.limits.tasks).
 * @param workMs Milliseconds of the longest piece of work; each generation's pieces are
 * spread evenly up to it, shuffled (at least 10, at most lab.limits.delay).
 */
public record BarrierRequest(@Min(2) @Default(3) Integer parties, @Min(2) @Default(3) Integer generations,
		@Min(10) @Default(30) Integer workMs) implements LabRequest {

	/** Every party's piece of every generation is a task. */
	@Override
	public void check(LimitCheck check) {
		check.atMost("parties", this.parties, SyncVariant.threadsPerHalf(check), Limit.PLATFORM_THREADS)
			.atMost("generations", this.generations, Math.max(2, check.lab().tasks() / this.parties), Limit.TASKS)
			.atMost("work_ms", this.workMs, Limit.DELAY);
	}

}
