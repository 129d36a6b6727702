package org.concurrency.lab.threading;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.AtMost;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;

/**
 * A fixed pool of threads running more tasks than it has threads. Every field is
 * optional.
 *
 * @param numWorkers Threads in the pool (at most lab.limits.platform-threads).
 * @param tasks Tasks submitted to the pool (at most lab.limits.tasks). The comparison
 * with one thread per task runs when the tasks fit under lab.limits.platform-threads too.
 * @param delay Seconds each task waits (at most lab.limits.delay).
 */
public record ThreadPoolRequest(@Positive @Default(4) @AtMost(Limit.PLATFORM_THREADS) Integer numWorkers,
		@Positive @Default(20) @AtMost(Limit.TASKS) Integer tasks,
		@PositiveOrZero @Default(0.05) @AtMost(Limit.DELAY) Double delay) implements LabRequest {

	long delayNanos() {
		return Math.round(this.delay * 1e9);
	}

}
