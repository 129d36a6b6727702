package org.concurrency.lab.virtualthread;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.Labelled;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * Virtual threads doing steps of waiting or computing, the scheduler under them sampled.
 * Every field is optional.
 *
 * @param mix io: each step sleeps; cpu: each step computes (spins).
 * @param tasks Virtual threads (1 to 256).
 * @param steps Steps each one does; its carrier is read after each (1 to 1000).
 * @param stepMs Milliseconds a step sleeps or computes (1 to 1000).
 * @param workers Carriers: the scheduler's parallelism in the child JVM the run starts (1
 * to 16).
 * @param sampleEveryMs Milliseconds between two samples of the scheduler's bean (1 to
 * 1000).
 */
public record SchedulerRequest(@Schema(example = "cpu") @Default(text = "io") Mix mix,
		@Schema(example = "32") @Min(1) @Max(SchedulerRequest.MAX_TASKS) @Default(8) Integer tasks,
		@Min(1) @Max(1000) @Default(20) Integer steps, @Min(1) @Max(1000) @Default(5) Integer stepMs,
		@Min(1) @Max(PinningRequest.MAX_WORKERS) @Default(2) Integer workers,
		@Min(1) @Max(1000) @Default(10) Integer sampleEveryMs) implements LabRequest {

	public static final int MAX_TASKS = 256;

	/**
	 * The run must fit in half the deadline: computing, the carriers (or the cores, if
	 * fewer) take the tasks' steps in turn; waiting, every task's steps overlap.
	 */
	@Override
	public void check(LimitCheck check) {
		long inARow = this.steps;
		if (this.mix == Mix.CPU) {
			int computing = Math.min(this.workers, Runtime.getRuntime().availableProcessors());
			inARow *= (this.tasks + computing - 1) / computing;
		}
		Carriers.fitsInDeadline(check, "step_ms", this.stepMs, inARow, inARow + " steps in a row");
	}

	/** What a step does. */
	public enum Mix implements Labelled {

		/** Sleeps: the virtual thread unmounts. */
		IO,
		/** Computes: the virtual thread keeps its carrier. */
		CPU;

	}

}
