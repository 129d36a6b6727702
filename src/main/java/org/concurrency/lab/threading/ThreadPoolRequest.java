package org.concurrency.lab.threading;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * A fixed pool of threads running more tasks than it has threads. Every field is
 * optional.
 *
 * @param numWorkers Threads in the pool (at most lab.limits.platform-threads).
 * @param tasks Tasks submitted to the pool (at most lab.limits.tasks). The comparison
 * with one thread per task runs when the tasks fit under lab.limits.platform-threads too.
 * @param delay Seconds each task waits (at most lab.limits.delay).
 */
public record ThreadPoolRequest(@Positive @Default(4) Integer numWorkers, @Positive @Default(20) Integer tasks,
		@PositiveOrZero @Default(0.05) Double delay) implements LabRequest {

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
