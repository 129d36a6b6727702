package org.concurrency.lab.racecondition;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;
import org.concurrency.lab.experiment.Violation;

/**
 * Threads incrementing one shared counter. Every field is optional.
 *
 * @param numWorkers Threads incrementing the counter at once (at most
 * lab.limits.platform-threads). Also accepted as num_threads, the seed's name.
 * @param tasksPerWorker Increments each thread makes (num_workers × tasks_per_worker at
 * most lab.limits.tasks). Also accepted as increments_per_thread, the seed's name.
 * @param pauseMicros Microseconds each increment waits between reading the counter and
 * writing it back: the window in which another thread's update is lost. 0 is a plain
 * counter++. Every method pauses the same, so the fixes are compared doing the same work.
 */
public record RaceRequest(@JsonAlias("num_threads") @Positive @Default(DEFAULT_WORKERS) Integer numWorkers,
		@JsonAlias("increments_per_thread") @Positive @Default(DEFAULT_TASKS_PER_WORKER) Integer tasksPerWorker,
		@Min(0) @Max(1000) @Default(DEFAULT_PAUSE_MICROS) Integer pauseMicros) implements LabRequest {

	public static final int DEFAULT_WORKERS = 10;

	public static final int DEFAULT_TASKS_PER_WORKER = 1000;

	public static final int DEFAULT_PAUSE_MICROS = 100;

	/** Every increment is a task: {@code num_workers × tasks_per_worker} of them. */
	@Override
	public void check(LimitCheck check) {
		check.atMost("num_workers", this.numWorkers, Limit.PLATFORM_THREADS);
		int maxTasks = check.lab().tasks();
		if (expected() > maxTasks) {
			check
				.add(new Violation("tasks_per_worker", this.tasksPerWorker,
						"at most " + (maxTasks / this.numWorkers) + " with num_workers " + this.numWorkers
								+ " (num_workers × tasks_per_worker at most " + maxTasks + ")",
						Limit.TASKS.property()));
		}
	}

	/** Increments the run makes in all: what the counter must read at the end. */
	long expected() {
		return (long) this.numWorkers * this.tasksPerWorker;
	}

}
