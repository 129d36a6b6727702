package org.concurrency.lab.async;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.AtMost;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.Limit;

/**
 * Blocking calls made from an event loop. Every field is optional.
 *
 * @param tasks Blocking calls (at most lab.limits.tasks; on the loop they run one after
 * another, so tasks × delay may take at most half of lab.limits.deadline).
 * @param delay Seconds each blocking call takes (at most lab.limits.delay).
 * @param tick Seconds between two ticks of the loop's heartbeat (at least 0.001, at most
 * lab.limits.delay).
 */
public record RunInExecutorRequest(@Positive @Default(DEFAULT_TASKS) @AtMost(Limit.TASKS) Integer tasks,
		@PositiveOrZero @Default(DEFAULT_DELAY) @AtMost(Limit.DELAY) Double delay,
		@DecimalMin("0.001") @Default(0.01) @AtMost(Limit.DELAY) Double tick) implements AsyncParams {

}
