package org.concurrency.lab.threading;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * The pool and the tasks of {@code threading/pool}; a missing field takes its default.
 *
 * @param numWorkers threads in the pool
 * @param tasks tasks submitted to it
 * @param delay seconds each task waits
 */
@Schema(description = "A fixed pool of threads running more tasks than it has threads. Every field is optional.")
public record ThreadPoolRequest(
		@Schema(description = "Threads in the pool (at most lab.limits.platform-threads).", defaultValue = "4",
				example = "4", minimum = "1") @Positive Integer numWorkers,
		@Schema(description = "Tasks submitted to the pool (at most lab.limits.tasks). The comparison with one thread "
				+ "per task runs when the tasks fit under lab.limits.platform-threads too.", defaultValue = "20",
				example = "20", minimum = "1") @Positive Integer tasks,
		@Schema(description = "Seconds each task waits (at most lab.limits.delay).", defaultValue = "0.05",
				example = "0.05", minimum = "0") @PositiveOrZero Double delay) {

	public ThreadPoolRequest(@Nullable Integer numWorkers, @Nullable Integer tasks, @Nullable Double delay) {
		this.numWorkers = (numWorkers != null) ? numWorkers : 4;
		this.tasks = (tasks != null) ? tasks : 20;
		this.delay = (delay != null) ? delay : 0.05;
	}

	public static ThreadPoolRequest defaults() {
		return new ThreadPoolRequest(null, null, null);
	}

	long delayNanos() {
		return Math.round(this.delay * 1e9);
	}

}
