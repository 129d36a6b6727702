package org.concurrency.lab.pattern;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * Calculator actors and their supervisor. Every field is optional.
 *
 * @param actors Calculator actors, each with its own mailbox and virtual thread.
 * @param messages 'add' messages sent to each actor: add 1, add 2, …, add messages (at
 * least 2; actors × messages at most lab.limits.tasks / 2).
 * @param delayMs Milliseconds an actor spends on each message (at most lab.limits.delay).
 */
public record ActorRequest(@Positive @Default(3) Integer actors, @Min(2) @Default(100) Integer messages,
		@PositiveOrZero @Default(1) Long delayMs) implements LabRequest {

	/**
	 * Two runs each send every actor its messages: {@code messages} is checked once
	 * {@code actors} is within its limit.
	 */
	@Override
	public void check(LimitCheck check) {
		int maxActors = check.lab().tasks() / 4;
		check.atMost("actors", this.actors, maxActors, Limit.TASKS).atMost("delay_ms", this.delayMs, Limit.DELAY);
		if (this.actors <= maxActors) {
			check.atMost("messages", this.messages, Math.max(2, check.lab().tasks() / 2 / this.actors), Limit.TASKS);
		}
	}

}
