package org.concurrency.lab.multiprocessing;

import jakarta.validation.constraints.Positive;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * A producer process and a consumer process. Every field is optional.
 *
 * @param items Items the producer makes (at most lab.limits.tasks).
 */
public record QueueRequest(@Positive @Default(20) Integer items) implements LabRequest {

	@Override
	public void check(LimitCheck check) {
		check.atMost("items", this.items, Limit.TASKS);
	}

}
