package org.concurrency.lab.threading;

import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.AtMost;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;

/**
 * One thread driven through its six states. Every field is optional.
 *
 * @param holdMs Milliseconds the thread stays in each state after the main thread has
 * seen it there, time enough for a thread dump to catch it too (at most
 * lab.limits.delay).
 */
public record ThreadStatesRequest(
		@PositiveOrZero @Default(20) @AtMost(Limit.DELAY) Integer holdMs) implements LabRequest {

}
