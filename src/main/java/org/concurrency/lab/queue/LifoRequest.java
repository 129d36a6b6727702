package org.concurrency.lab.queue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;

/**
 * Items 0, 1, 2, … through a deque used as a stack and as a queue. Every field is
 * optional.
 *
 * @param items Items to put, numbered in the order put.
 */
public record LifoRequest(@Min(2) @Max(1000) @Default(10) Integer items) implements LabRequest {

}
