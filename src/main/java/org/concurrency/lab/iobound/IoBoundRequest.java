package org.concurrency.lab.iobound;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.Labelled;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * Tasks that wait. Every field is optional.
 *
 * @param iterations Tasks to run (at most lab.limits.tasks; virtual threads and async at
 * most lab.limits.waiting-tasks, if the heap can hold them; platform threads at most
 * lab.limits.platform-threads; io=http at most lab.limits.http-tasks).
 * @param delay Seconds each task waits (at most lab.limits.delay).
 * @param io sleep: the task sleeps; http: the task calls the lab's own GET /io/delay over
 * loopback.
 */
public record IoBoundRequest(@Positive @Default(5) Integer iterations, @PositiveOrZero @Default(1.0) Double delay,
		@Default(text = "sleep") Io io) implements LabRequest {

	@Override
	public void check(LimitCheck check) {
		Limit most = (Limit.WAITING_TASKS.of(check.lab()) >= Limit.TASKS.of(check.lab())) ? Limit.WAITING_TASKS
				: Limit.TASKS;
		check.atMost("iterations", this.iterations, (this.io == Io.HTTP) ? Limit.HTTP_TASKS : most)
			.atMostSeconds("delay", this.delay, Limit.DELAY);
	}

	long delayMillis() {
		return Math.round(this.delay * 1000);
	}

	/** How a task waits. */
	public enum Io implements Labelled {

		/** {@code Thread.sleep}, or a timer for the async method. */
		SLEEP,
		/** A real HTTP call over loopback to the lab's {@code GET /io/delay}. */
		HTTP

	}

}
