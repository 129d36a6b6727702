package org.concurrency.lab.virtualthread;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.Labelled;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * Virtual threads that each block once on a few carriers, plainly or pinned. Every field
 * is optional.
 *
 * @param tasks Virtual threads, each blocking once (1 to 256).
 * @param waitMs Milliseconds each one blocks (at most lab.limits.delay).
 * @param workers Carriers: the virtual-thread scheduler's parallelism in the child JVM
 * the run starts (1 to 16).
 * @param pin How each one blocks: none (Thread.sleep); synchronized (sleeping while it
 * holds a monitor); native (sleeping in a Java comparator that libc's qsort calls back,
 * through the FFM API); class-init (sleeping in a class initialiser).
 */
public record PinningRequest(@Schema(example = "16") @Min(1) @Max(PinningRequest.MAX_TASKS) @Default(8) Integer tasks,
		@Positive @Default(200) Integer waitMs, @Min(1) @Max(PinningRequest.MAX_WORKERS) @Default(2) Integer workers,
		@Schema(example = "native") @Default(text = "none") Pin pin) implements LabRequest {

	public static final int MAX_TASKS = 256;

	public static final int MAX_WORKERS = 16;

	/**
	 * The wait at most the lab's longest; pinned, the run takes {@code ⌈tasks ÷ workers⌉}
	 * waits in a row, which must fit in half the deadline.
	 */
	@Override
	public void check(LimitCheck check) {
		check.atMost("wait_ms", this.waitMs, Limit.DELAY);
		long inARow = (this.tasks + this.workers - 1) / this.workers;
		Carriers.fitsInDeadline(check, "wait_ms", this.waitMs, inARow,
				"pinned, ⌈tasks ÷ workers⌉ = " + inARow + " waits in a row");
	}

	/** How a task blocks. */
	public enum Pin implements Labelled {

		/** {@code Thread.sleep}: the virtual thread unmounts. */
		NONE,
		/** Sleeping inside {@code synchronized}: pinned until JDK 24 (JEP 491). */
		SYNCHRONIZED,
		/** Sleeping in an upcall from native code: pinned. */
		NATIVE,
		/** Sleeping in a class initialiser: pinned. */
		CLASS_INIT;

	}

}
