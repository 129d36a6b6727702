package org.concurrency.lab.multiprocessing;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * What {@code multiprocessing/pipe} sends its child; a missing field takes its default.
 */
@Schema(description = "Request and response with one child JVM over its stdin and stdout. Every field is optional.")
public record PipeRequest(
		@Schema(description = "Round trips (at most lab.limits.tasks).") @Positive @Default(10) Integer messages)
		implements
			LabRequest {

	@Override
	public void check(LimitCheck check) {
		check.atMost("messages", this.messages, Limit.TASKS);
	}

}
