package org.concurrency.lab.semaphore;

import jakarta.validation.constraints.Positive;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * Virtual threads that each hold a permit for a while. Every field is optional.
 *
 * @param tasks Virtual threads, one per task (at most lab.limits.tasks).
 * @param permits Permits of the semaphore: the most tasks inside at once (at most tasks).
 * @param holdMs Milliseconds each task holds its permit (times the waves of tasks, at
 * most lab.limits.delay).
 */
public record VirtualPermitsRequest(@Positive @Default(10_000) Integer tasks, @Positive @Default(100) Integer permits,
		@Positive @Default(20) Integer holdMs) implements LabRequest {

	@Override
	public void check(LimitCheck check) {
		check.atMost("tasks", this.tasks, Limit.TASKS).atMost("permits", this.permits, this.tasks, Limit.TASKS);
		if (check.passed()) {
			check.atMost("hold_ms", this.holdMs, check.lab().delay().toMillis() / waves(), Limit.DELAY);
		}
	}

	/** Groups of tasks that hold their permits one after the other. */
	int waves() {
		return (int) Math.ceilDiv((long) this.tasks, this.permits);
	}

}
