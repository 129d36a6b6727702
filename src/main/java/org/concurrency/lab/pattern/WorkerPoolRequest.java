package org.concurrency.lab.pattern;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * A fixed pool of workers consuming a task queue. Every field is optional.
 *
 * @param tasks Tasks 1..tasks; task t's result is 2t (at least 2, at most
 * lab.limits.tasks).
 * @param workers Worker threads (at most lab.limits.platform-threads / 3).
 * @param delayMs Milliseconds each task takes (at most lab.limits.delay).
 */
public record WorkerPoolRequest(@Min(2) @Default(100) Integer tasks, @Positive @Default(4) Integer workers,
		@PositiveOrZero @Default(2) Long delayMs) implements LabRequest {

	/** Three runs, each with its own tasks and workers. */
	@Override
	public void check(LimitCheck check) {
		check.atMost("tasks", this.tasks, check.lab().tasks() / 3, Limit.TASKS)
			.atMost("workers", this.workers, Math.max(1, check.lab().platformThreads() / 3), Limit.PLATFORM_THREADS)
			.atMost("delay_ms", this.delayMs, Limit.DELAY);
	}

	/** What every result adds up to: 2 + 4 + … + 2n = n(n+1). */
	long expected() {
		return (long) this.tasks * (this.tasks + 1);
	}

}
