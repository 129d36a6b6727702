package org.concurrency.lab.threading;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;
import org.concurrency.lab.experiment.Violation;

/**
 * Two child JVMs whose main returns while a worker thread still works: a daemon worker in
 * one, a non-daemon worker in the other. Every field is optional.
 *
 * @param workerSeconds Seconds each worker thread means to work, beating every 100 ms (at
 * most lab.limits.delay).
 * @param mainMs Milliseconds each child's main thread runs before it returns (at most
 * half of worker_seconds, so the worker surely still works).
 */
public record DaemonRequest(@Positive @Default(2.0) Double workerSeconds,
		@PositiveOrZero @Default(100) Integer mainMs) implements LabRequest {

	/**
	 * {@code worker_seconds} is any positive number up to the delay limit (its
	 * {@code @Positive} is no whole-number minimum of 1); {@code main_ms} at most half of
	 * it.
	 */
	@Override
	public void check(LimitCheck check) {
		double maxSeconds = Limit.DELAY.of(check.lab()) / 1000.0;
		if (this.workerSeconds > maxSeconds) {
			check.add(new Violation("worker_seconds", this.workerSeconds, "between 0.0 and " + maxSeconds,
					Limit.DELAY.property()));
		}
		if (this.mainMs > workerMs() / 2) {
			check
				.add(new Violation("main_ms", this.mainMs,
						"between 0 and " + workerMs() / 2
								+ " (half of worker_seconds, so the worker surely still works when main returns)",
						null));
		}
	}

	long workerMs() {
		return Math.round(this.workerSeconds * 1000);
	}

}
