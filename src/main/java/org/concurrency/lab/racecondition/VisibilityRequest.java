package org.concurrency.lab.racecondition;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.AtMost;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;

/**
 * A reader spinning on a plain flag and one spinning on a volatile flag. Every field is
 * optional.
 *
 * @param writeAfterMs Milliseconds each reader spins before its flag is set (at most
 * lab.limits.delay). The JIT compiles the loop within some tens of milliseconds; a write
 * before that is seen.
 * @param timeoutMs Milliseconds each reader is given, after the write, to see it (at most
 * lab.limits.delay).
 */
public record VisibilityRequest(
		@PositiveOrZero @Default(DEFAULT_WRITE_AFTER_MS) @AtMost(Limit.DELAY) Integer writeAfterMs,
		@Positive @Default(DEFAULT_TIMEOUT_MS) @AtMost(Limit.DELAY) Integer timeoutMs) implements LabRequest {

	public static final int DEFAULT_WRITE_AFTER_MS = 200;

	public static final int DEFAULT_TIMEOUT_MS = 1000;

}
