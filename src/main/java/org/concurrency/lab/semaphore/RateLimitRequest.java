package org.concurrency.lab.semaphore;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * Operations held to at most permits_per_period per period_ms. Every field is optional.
 *
 * @param permitsPerPeriod The most operations that may start in any window of period_ms.
 * @param periodMs The window, in milliseconds (the whole run, operations /
 * permits_per_period windows, at most lab.limits.delay).
 * @param operations Operations to run (at most lab.limits.tasks).
 * @param numWorkers Threads running the operations (at most half of
 * lab.limits.platform-threads).
 */
public record RateLimitRequest(@Positive @Max(10_000) @Default(5) Integer permitsPerPeriod,
		@Min(10) @Default(200) Integer periodMs, @Positive @Default(20) Integer operations,
		@Positive @Default(4) Integer numWorkers) implements LabRequest {

	/**
	 * The limited run lasts about {@code operations / permits_per_period} periods; both
	 * variants start their workers, and the limited one a refill thread.
	 */
	@Override
	public void check(LimitCheck check) {
		int maxTasks = check.lab().tasks();
		long byDelay = this.permitsPerPeriod * (check.lab().delay().toMillis() / this.periodMs);
		check
			.atMost("operations", this.operations, Math.min(maxTasks, byDelay),
					(byDelay < maxTasks) ? Limit.DELAY : Limit.TASKS)
			.atMost("period_ms", this.periodMs, Limit.DELAY)
			.atMost("num_workers", this.numWorkers, (check.lab().platformThreads() - 2) / 2, Limit.PLATFORM_THREADS);
	}

}
