package org.concurrency.lab.queue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;

/**
 * Items with priorities 3, 2, 1, 3, 2, 1, … put in that order. Every field is optional.
 *
 * @param items Items to put: item n has priority 3 - n % 3 (1 is served first).
 */
public record PriorityRequest(@Min(4) @Max(1000) @Default(9) Integer items) implements LabRequest {

}
