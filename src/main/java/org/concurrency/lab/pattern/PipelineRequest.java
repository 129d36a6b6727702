package org.concurrency.lab.pattern;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;
import org.jspecify.annotations.Nullable;

/**
 * A pipeline generate → square → sum. Every field is optional.
 *
 * @param items The numbers 1..items flow through (at most lab.limits.tasks).
 * @param workers Threads of the transform stage (at most lab.limits.platform-threads / 2
 * - 2).
 * @param delayMs Milliseconds the transform stage spends on each item (at most
 * lab.limits.delay).
 * @param cancelAfterMs If set, the pipeline is cancelled this many milliseconds after it
 * starts (at most lab.limits.delay), once as a whole and once by its head only.
 */
public record PipelineRequest(@Positive @Default(1000) Integer items, @Positive @Default(2) Integer workers,
		@PositiveOrZero @Default(1) Long delayMs,
		@Schema(example = "200") @PositiveOrZero @Nullable Long cancelAfterMs) implements LabRequest {

	/** Each stage has a thread of its own beside the transform's. */
	@Override
	public void check(LimitCheck check) {
		check.atMost("items", this.items, Limit.TASKS)
			.atMost("workers", this.workers, Math.max(1, check.lab().platformThreads() / 2 - 2), Limit.PLATFORM_THREADS)
			.atMost("delay_ms", this.delayMs, Limit.DELAY);
		if (this.cancelAfterMs != null) {
			check.atMost("cancel_after_ms", this.cancelAfterMs, Limit.DELAY);
		}
	}

}
