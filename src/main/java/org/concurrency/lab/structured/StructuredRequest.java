package org.concurrency.lab.structured;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * Subtasks forked in one scope, each working in steps of 10 ms. Every field is optional.
 *
 * @param tasks Subtasks forked, each on a virtual thread (2 to 64).
 * @param delayMs The longest subtask's work in ms (at most lab.limits.delay): subtask i
 * works delay_ms × (i + 1) ÷ tasks.
 * @param failAfterMs fail-fast: when subtask 0 fails, in ms (less than delay_ms).
 * @param timeoutMs timeout: the scope's timeout in ms (at most lab.limits.delay).
 */
public record StructuredRequest(@Min(2) @Max(MAX_TASKS) @Default(4) Integer tasks,
		@Positive @Default(400) Integer delayMs, @Positive @Default(100) Integer failAfterMs,
		@Positive @Default(250) Integer timeoutMs) implements LabRequest {

	public static final int MAX_TASKS = 64;

	/** One step of a subtask's work. */
	public static final int STEP_MS = 10;

	@Override
	public void check(LimitCheck check) {
		check.atMost("delay_ms", this.delayMs, Limit.DELAY)
			.atMost("fail_after_ms", this.failAfterMs, this.delayMs - 1L, Limit.DELAY)
			.atMost("timeout_ms", this.timeoutMs, Limit.DELAY);
	}

	/** Subtask {@code index}'s work, in ms. */
	public long workMs(int index) {
		return (long) this.delayMs * (index + 1) / this.tasks;
	}

}
