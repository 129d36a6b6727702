package org.concurrency.lab.iobound;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/** What an io-bound run waits for; a missing field takes its default. */
@Schema(description = "Tasks that wait. Every field is optional.")
public record IoBoundRequest(@Schema(description = "Tasks to run (at most lab.limits.tasks; virtual threads and "
		+ "async at most lab.limits.waiting-tasks, if the heap can hold them; platform threads at most "
		+ "lab.limits.platform-threads; io=http at most lab.limits.http-tasks).") @Positive @Default(5) Integer iterations,
		@Schema(description = "Seconds each task waits (at most lab.limits.delay).") @PositiveOrZero @Default(1.0) Double delay,
		@Schema(description = "sleep: the task sleeps; http: the task calls the lab's own GET /io/delay over loopback.") @Default(
				text = "sleep") Io io)
		implements
			LabRequest {

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
	public enum Io {

		/** {@code Thread.sleep}, or a timer for the async method. */
		@JsonProperty("sleep")
		SLEEP,
		/** A real HTTP call over loopback to the lab's {@code GET /io/delay}. */
		@JsonProperty("http")
		HTTP

	}

}
