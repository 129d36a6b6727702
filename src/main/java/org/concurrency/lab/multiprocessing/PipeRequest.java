package org.concurrency.lab.multiprocessing;

import jakarta.validation.constraints.Positive;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * Request and response with one child JVM over its stdin and stdout. Every field is
 * optional.
 *
 * @param messages Round trips (at most lab.limits.tasks).
 */
public record PipeRequest(@Positive @Default(10) Integer messages) implements LabRequest {

	@Override
	public void check(LimitCheck check) {
		check.atMost("messages", this.messages, Limit.TASKS);
	}

}
