package org.concurrency.lab.semaphore;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The most virtual threads inside at once behind a semaphore.
 *
 * @param permits the semaphore's permits
 * @param crowd the tasks: {@code max_concurrent} is at most {@code permits}
 * @param expectedMs tasks ÷ permits (rounded up) × the hold: the wall time the waves take
 */
public record VirtualPermitsResult(int permits, @JsonUnwrapped PermitHolders.PermitCrowd crowd, double expectedMs) {
}
