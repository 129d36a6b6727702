package org.concurrency.lab.pattern;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * Calculator actors and their supervisor; a missing field takes its default.
 *
 * @param actors calculator actors
 * @param messages {@code add} messages each actor is sent: add 1, add 2, …
 * @param delayMs milliseconds an actor spends on each message
 */
@Schema(description = "Calculator actors and their supervisor. Every field is optional.")
public record ActorRequest(
		@Schema(description = "Calculator actors, each with its own mailbox and virtual thread.", defaultValue = "3",
				example = "3", minimum = "1") @Positive Integer actors,
		@Schema(description = "'add' messages sent to each actor: add 1, add 2, …, add messages (at least 2; "
				+ "actors × messages at most lab.limits.tasks / 2).", defaultValue = "100", example = "100",
				minimum = "2") @Min(2) Integer messages,
		@Schema(description = "Milliseconds an actor spends on each message (at most lab.limits.delay).",
				defaultValue = "1", example = "1", minimum = "0") @PositiveOrZero Long delayMs) {

	public ActorRequest(@Nullable Integer actors, @Nullable Integer messages, @Nullable Long delayMs) {
		this.actors = (actors != null) ? actors : 3;
		this.messages = (messages != null) ? messages : 100;
		this.delayMs = (delayMs != null) ? delayMs : 1L;
	}

	public static ActorRequest defaults() {
		return new ActorRequest(null, null, null);
	}

}
