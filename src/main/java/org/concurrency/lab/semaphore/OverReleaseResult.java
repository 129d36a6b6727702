package org.concurrency.lab.semaphore;

import com.fasterxml.jackson.annotation.JsonInclude;
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
	 * @param overReleaseDetected whether free permits exceeded the initial count
	 * @param refusal what the semaphore said when it refused the extra release, if it did
	 * @param workers workers that then tried to get in at once
	 * @param maxConcurrent the most of them inside at once
	 */
	public record SemaphoreRun(int availableAfterDoubleRelease, boolean overReleaseDetected,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String refusal, int workers, int maxConcurrent) {
	}

}
