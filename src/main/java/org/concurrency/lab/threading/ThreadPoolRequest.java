package org.concurrency.lab.threading;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * The pool and the tasks of {@code threading/pool}; a missing field takes its default.
 */
@Schema(description = "A fixed pool of threads running more tasks than it has threads. Every field is optional.")
public record ThreadPoolRequest(@Schema(
		description = "Threads in the pool (at most lab.limits.platform-threads).") @Positive @Default(4) Integer numWorkers,
		@Schema(description = "Tasks submitted to the pool (at most lab.limits.tasks). The comparison with one thread "
				+ "per task runs when the tasks fit under lab.limits.platform-threads too.") @Positive @Default(20) Integer tasks,
		@Schema(description = "Seconds each task waits (at most lab.limits.delay).") @PositiveOrZero @Default(0.05) Double delay)
		implements
			LabRequest {

	@Override
	public void check(LimitCheck check) {
		check.atMost("num_workers", this.numWorkers, Limit.PLATFORM_THREADS)
			.atMost("tasks", this.tasks, Limit.TASKS)
			.atMostSeconds("delay", this.delay, Limit.DELAY);
	}

	long delayNanos() {
		return Math.round(this.delay * 1e9);
	}

}
