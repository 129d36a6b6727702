package org.concurrency.lab.semaphore;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The most workers inside at once, with a semaphore and without one.
 *
 * @param permits the semaphore's permits
 * @param withSemaphore the workers limited by the semaphore: {@code max_concurrent} is at
 * most {@code permits}
 * @param withoutSemaphore the same workers with nothing to limit them:
 * {@code max_concurrent} is every worker
 */
public record MaxConcurrencyResult(int permits, @JsonUnwrapped PermitHolders.PermitCrowd withSemaphore,
		PermitHolders.PermitCrowd withoutSemaphore) {
}
