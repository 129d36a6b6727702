package org.concurrency.lab.pattern;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * A fixed pool of workers consuming a task queue; a missing field takes its default.
 *
 * @param tasks tasks 1..tasks, each of which doubles its number
 * @param workers worker threads
 * @param delayMs milliseconds each task takes
 */
@Schema(description = "A fixed pool of workers consuming a task queue. Every field is optional.")
public record WorkerPoolRequest(
		@Schema(description = "Tasks 1..tasks; task t's result is 2t (at least 2, at most lab.limits.tasks).",
				defaultValue = "100", example = "100", minimum = "2") @Min(2) Integer tasks,
		@Schema(description = "Worker threads (at most lab.limits.platform-threads / 3).", defaultValue = "4",
				example = "4", minimum = "1") @Positive Integer workers,
		@Schema(description = "Milliseconds each task takes (at most lab.limits.delay).", defaultValue = "2",
				example = "2", minimum = "0") @PositiveOrZero Long delayMs) {

	public WorkerPoolRequest(@Nullable Integer tasks, @Nullable Integer workers, @Nullable Long delayMs) {
		this.tasks = (tasks != null) ? tasks : 100;
		this.workers = (workers != null) ? workers : 4;
		this.delayMs = (delayMs != null) ? delayMs : 2L;
	}

	public static WorkerPoolRequest defaults() {
		return new WorkerPoolRequest(null, null, null);
	}

}
