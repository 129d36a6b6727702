package org.concurrency.lab.starvation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * Threads contending for one lock. Every field is optional.
 *
 * @param numWorkers Threads contending for the lock (2 to 64, and at most
 * lab.limits.platform-threads).
 * @param durationMs Milliseconds the threads contend (at most lab.limits.delay).
 * @param holdUs Microseconds a thread holds the lock each time, busy (1 to 1000).
 */
public record StarvationRequest(@Min(2) @Max(StarvationRequest.MAX_WORKERS) @Default(4) Integer numWorkers,
		@Positive @Default(1000) Long durationMs,
		@Min(1) @Max(1000) @Default(30) Integer holdUs) implements LabRequest {

	public static final int MAX_WORKERS = 64;

	/** Every thread is a platform thread, contending for at most the longest delay. */
	@Override
	public void check(LimitCheck check) {
		check
			.atMost("num_workers", this.numWorkers, Math.min(MAX_WORKERS, check.lab().platformThreads()),
					Limit.PLATFORM_THREADS)
			.atMost("duration_ms", this.durationMs, Limit.DELAY);
	}

}
