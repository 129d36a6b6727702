package org.concurrency.lab.racecondition;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * How many threads race on the counter and how; a missing field takes its default. The
 * seed's names {@code num_threads} and {@code increments_per_thread} are accepted too.
 *
 * @param numWorkers threads incrementing the counter at once
 * @param tasksPerWorker increments each thread makes
 * @param pauseMicros microseconds each increment waits between reading the counter and
 * writing it back (the seed's {@code time.sleep} between {@code temp = counter} and
 * {@code counter = temp + 1}); 0 is a plain {@code counter++}
 */
@Schema(description = "Threads incrementing one shared counter. Every field is optional.")
public record RaceRequest(
		@Schema(description = "Threads incrementing the counter at once (at most lab.limits.platform-threads). "
				+ "Also accepted as num_threads, the seed's name.", defaultValue = "10", example = "10",
				minimum = "1") @JsonAlias("num_threads") @Positive Integer numWorkers,
		@Schema(description = "Increments each thread makes (num_workers × tasks_per_worker at most lab.limits.tasks). "
				+ "Also accepted as increments_per_thread, the seed's name.", defaultValue = "1000", example = "1000",
				minimum = "1") @JsonAlias("increments_per_thread") @Positive Integer tasksPerWorker,
		@Schema(description = "Microseconds each increment waits between reading the counter and writing it back: "
				+ "the window in which another thread's update is lost. 0 is a plain counter++. Every method "
				+ "pauses the same, so the fixes are compared doing the same work.", defaultValue = "100",
				example = "100", minimum = "0", maximum = "1000") @Min(0) @Max(1000) Integer pauseMicros) {

	public static final int DEFAULT_WORKERS = 10;

	public static final int DEFAULT_TASKS_PER_WORKER = 1000;

	public static final int DEFAULT_PAUSE_MICROS = 100;

	public RaceRequest(@Nullable Integer numWorkers, @Nullable Integer tasksPerWorker, @Nullable Integer pauseMicros) {
		this.numWorkers = (numWorkers != null) ? numWorkers : DEFAULT_WORKERS;
		this.tasksPerWorker = (tasksPerWorker != null) ? tasksPerWorker : DEFAULT_TASKS_PER_WORKER;
		this.pauseMicros = (pauseMicros != null) ? pauseMicros : DEFAULT_PAUSE_MICROS;
	}

	public static RaceRequest defaults() {
		return new RaceRequest(null, null, null);
	}

	/** Increments the run makes in all: what the counter must read at the end. */
	long expected() {
		return (long) this.numWorkers * this.tasksPerWorker;
	}

}
