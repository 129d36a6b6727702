package org.concurrency.lab.semaphore;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/** Workers limited by a semaphore; a missing field takes its default. */
@Schema(description = "Workers that each hold a permit for a while. Every field is optional.")
public record MaxConcurrencyRequest(
		@Schema(description = "Worker threads (at most half of lab.limits.platform-threads: the variant without a "
				+ "semaphore runs too).") @Positive @Default(10) Integer numWorkers,
		@Schema(description = "Permits of the semaphore: the most workers inside at once.") @Positive @Max(1000) @Default(3) Integer permits,
		@Schema(description = "Milliseconds each worker holds its permit (times the waves of workers, at most "
				+ "lab.limits.delay).") @PositiveOrZero @Default(50) Integer holdMs)
		implements
			LabRequest {

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
