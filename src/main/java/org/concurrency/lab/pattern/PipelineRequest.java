package org.concurrency.lab.pattern;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;
import org.jspecify.annotations.Nullable;

/** A pipeline generate → square → sum; a missing field takes its default. */
@Schema(description = "A pipeline generate → square → sum. Every field is optional.")
public record PipelineRequest(@Schema(
		description = "The numbers 1..items flow through (at most lab.limits.tasks).") @Positive @Default(1000) Integer items,
		@Schema(description = "Threads of the transform stage (at most lab.limits.platform-threads / 2 - 2).") @Positive @Default(2) Integer workers,
		@Schema(description = "Milliseconds the transform stage spends on each item (at most lab.limits.delay).") @PositiveOrZero @Default(1) Long delayMs,
		@Schema(description = "If set, the pipeline is cancelled this many milliseconds after it starts (at most "
				+ "lab.limits.delay), once as a whole and once by its head only.",
				example = "200") @PositiveOrZero @Nullable Long cancelAfterMs)
		implements
			LabRequest {

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
