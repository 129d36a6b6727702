package org.concurrency.lab.racecondition;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * When the writer sets the flags and how long each reader may take to see it; a missing
 * field takes its default.
 *
 * @param writeAfterMs milliseconds a reader spins before the writer sets its flag: long
 * enough for the JIT to compile the spinning loop
 * @param timeoutMs milliseconds a reader is given, after the write, to see it
 */
@Schema(description = "A reader spinning on a plain flag and one spinning on a volatile flag. Every field is optional.")
public record VisibilityRequest(
		@Schema(description = "Milliseconds each reader spins before its flag is set (at most lab.limits.delay). "
				+ "The JIT compiles the loop within some tens of milliseconds; a write before that is seen.",
				defaultValue = "200", example = "200", minimum = "0") @PositiveOrZero Integer writeAfterMs,
		@Schema(description = "Milliseconds each reader is given, after the write, to see it (at most lab.limits.delay).",
				defaultValue = "1000", example = "1000", minimum = "1") @Positive Integer timeoutMs) {

	public static final int DEFAULT_WRITE_AFTER_MS = 200;

	public static final int DEFAULT_TIMEOUT_MS = 1000;

	public VisibilityRequest(@Nullable Integer writeAfterMs, @Nullable Integer timeoutMs) {
		this.writeAfterMs = (writeAfterMs != null) ? writeAfterMs : DEFAULT_WRITE_AFTER_MS;
		this.timeoutMs = (timeoutMs != null) ? timeoutMs : DEFAULT_TIMEOUT_MS;
	}

	public static VisibilityRequest defaults() {
		return new VisibilityRequest(null, null);
	}

}
