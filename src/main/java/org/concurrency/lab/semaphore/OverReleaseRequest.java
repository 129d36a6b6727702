package org.concurrency.lab.semaphore;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;

/**
 * A semaphore released once too often. Every field is optional.
 *
 * @param permits The semaphore's initial permits; permits + 1 workers then test the
 * limit.
 */
public record OverReleaseRequest(@Positive @Max(100) @Default(3) Integer permits) implements LabRequest {

}
