package org.concurrency.lab.semaphore;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * Workers that each hold a permit for a while. Every field is optional.
 *
 * @param numWorkers Worker threads (at most half of lab.limits.platform-threads: the
 * variant without a semaphore runs too).
 * @param permits Permits of the semaphore: the most workers inside at once.
 * @param holdMs Milliseconds each worker holds its permit (times the waves of workers, at
 * most lab.limits.delay).
 */
public record MaxConcurrencyRequest(@Positive @Default(10) Integer numWorkers,
		@Positive @Max(1000) @Default(3) Integer permits,
		@PositiveOrZero @Default(50) Integer holdMs) implements LabRequest {

	/** The workers hold their permits in waves, one after the other. */
	@Override
	public void check(LimitCheck check) {
		check.atMost("num_workers", this.numWorkers, check.lab().platformThreads() / 2, Limit.PLATFORM_THREADS)
			.atMost("hold_ms", this.holdMs, check.lab().delay().toMillis() / waves(), Limit.DELAY);
	}

	/** Groups of workers that hold their permits one after the other. */
	int waves() {
		return (this.numWorkers + this.permits - 1) / this.permits;
	}

}
