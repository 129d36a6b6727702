package org.concurrency.lab.multiprocessing;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * What {@code multiprocessing/queue} passes from the producer process to the consumer
 * process; a missing field takes its default.
 */
@Schema(description = "A producer process and a consumer process. Every field is optional.")
public record QueueRequest(@Schema(
		description = "Items the producer makes (at most lab.limits.tasks).") @Positive @Default(20) Integer items)
		implements
			LabRequest {

	@Override
	public void check(LimitCheck check) {
		check.atMost("items", this.items, Limit.TASKS);
	}

}
