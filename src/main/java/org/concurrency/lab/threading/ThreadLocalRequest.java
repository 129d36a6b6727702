package org.concurrency.lab.threading;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * The pool and the tasks of {@code threading/thread-local}; a missing field takes its
 * default.
 *
 * @param numWorkers threads in the pool
 * @param tasks tasks, each with a user of its own; more than {@code numWorkers}, so some
 * thread runs a second task
 */
@Schema(description = "A pool whose tasks each bind their own user: by ThreadLocal or by ScopedValue. "
		+ "Every field is optional.")
public record ThreadLocalRequest(
		@Schema(description = "Threads in the pool (at most lab.limits.platform-threads, in all three variants).",
				defaultValue = "2", example = "2", minimum = "1") @Positive Integer numWorkers,
		@Schema(description = "Tasks (more than num_workers, so that some thread runs a second task; at most "
				+ "lab.limits.tasks).", defaultValue = "6", example = "6", minimum = "2") @Positive Integer tasks) {

	public ThreadLocalRequest(@Nullable Integer numWorkers, @Nullable Integer tasks) {
		this.numWorkers = (numWorkers != null) ? numWorkers : 2;
		this.tasks = (tasks != null) ? tasks : 6;
	}

	public static ThreadLocalRequest defaults() {
		return new ThreadLocalRequest(null, null);
	}

}
