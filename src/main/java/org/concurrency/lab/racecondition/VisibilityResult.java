package org.concurrency.lab.racecondition;

import org.jspecify.annotations.Nullable;

/**
 * What each reader saw of the writer's write.
 *
 * @param plainFlag the reader spinning on a plain {@code boolean}
 * @param volatileFlag the reader spinning on a {@code volatile boolean}
 */
public record VisibilityResult(Reading plainFlag, Reading volatileFlag) {

	/**
	 * One reader's outcome.
	 *
	 * @param flag {@code plain} or {@code volatile}
	 * @param seen whether the reader saw the flag set within {@code timeout_ms}
	 * @param seenAfterMs how long after the write it saw it; {@code null} if it never did
	 * @param spins loops the reader made before it saw the flag; {@code null} if it never
	 * did: a reader stuck in a compiled loop cannot even say how far it got
	 */
	public record Reading(String flag, boolean seen, @Nullable Double seenAfterMs, @Nullable Long spins) {
	}

}
