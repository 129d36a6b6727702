package org.concurrency.lab.threading;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * How long {@code threading/states} keeps its thread in each state; a missing field takes
 * its default.
 */
@Schema(description = "One thread driven through its six states. Every field is optional.")
public record ThreadStatesRequest(
		@Schema(description = "Milliseconds the thread stays in each state after the main thread has seen it there, "
				+ "time enough for a thread dump to catch it too (at most lab.limits.delay).") @PositiveOrZero @Default(20) Integer holdMs)
		implements
			LabRequest {

	@Override
	public void check(LimitCheck check) {
		check.atMost("hold_ms", this.holdMs, Limit.DELAY);
	}

}
