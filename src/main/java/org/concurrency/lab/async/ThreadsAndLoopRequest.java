package org.concurrency.lab.async;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.AtMost;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.Limit;

/**
 * Blocking calls an event loop hands to a pool of worker threads, whose results come back
 * to the loop. Every field is optional.
 *
 * @param tasks Blocking calls in each of the three parts (at most lab.limits.tasks; with
 * workers, the three parts together may take at most half of lab.limits.deadline).
 * @param delay Seconds each blocking call takes (at most lab.limits.delay).
 * @param workers Platform threads of the pool the calls are handed to, as Python's
 * ThreadPoolExecutor (at most lab.limits.platform-threads).
 * @param rows Rows each call's result has; the callback folds them into the loop's tally
 * one by one, without a lock (at most 10,000,000).
 * @param tick Seconds between two ticks of the loop's heartbeat (at least 0.001, at most
 * lab.limits.delay).
 */
public record ThreadsAndLoopRequest(@Positive @Default(8) @AtMost(Limit.TASKS) Integer tasks,
		@PositiveOrZero @Default(0.2) @AtMost(Limit.DELAY) Double delay,
		@Positive @Default(4) @AtMost(Limit.PLATFORM_THREADS) Integer workers,
		@PositiveOrZero @Max(10_000_000) @Default(1_000_000) Integer rows,
		@DecimalMin("0.001") @Default(0.01) @AtMost(Limit.DELAY) Double tick) implements AsyncParams {

	/** Calls each worker makes one after another, in one part. */
	long waves() {
		return (this.tasks + this.workers - 1) / this.workers;
	}

}
