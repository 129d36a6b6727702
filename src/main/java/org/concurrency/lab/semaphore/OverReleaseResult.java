package org.concurrency.lab.semaphore;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A double release, into a plain semaphore and into a bounded one.
 *
 * @param initialPermits the permits both semaphores started with
 * @param plainSemaphore {@code java.util.concurrent.Semaphore}: the extra release is
 * accepted and the limit grows
 * @param boundedSemaphore the lab's {@code BoundedSemaphore}: the extra release is
 * refused and the limit holds
 */
public record OverReleaseResult(int initialPermits, SemaphoreRun plainSemaphore, SemaphoreRun boundedSemaphore) {

	/**
	 * One semaphore, released twice by a worker that acquired once, then tested by
	 * {@code initial_permits + 1} workers.
	 *
	 * @param availableAfterDoubleRelease free permits after the double release
	 * @param extraReleaseAccepted whether the release one too many went through: free
	 * permits then exceeded the initial count (a plain {@code Semaphore}: true; a
	 * {@code BoundedSemaphore} refuses it: false, with a {@code refusal})
	 * @param refusal what the semaphore said when it refused the extra release, if it did
	 * @param workers workers that then tried to get in at once
	 * @param maxConcurrent the most of them inside at once
	 */
	public record SemaphoreRun(int availableAfterDoubleRelease,
			@Schema(description = "Whether the release one too many went through, leaving more free permits than the "
					+ "semaphore started with: true for a plain Semaphore; false for the BoundedSemaphore, "
					+ "which refused it (see refusal).") boolean extraReleaseAccepted,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String refusal, int workers, int maxConcurrent) {
	}

}
