package org.concurrency.lab.multiprocessing;

import jakarta.validation.constraints.Positive;
import org.concurrency.lab.experiment.AtMost;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;

/**
 * A producer process and a consumer process. Every field is optional.
 *
 * @param items Items the producer makes (at most lab.limits.tasks).
 */
public record QueueRequest(@Positive @Default(20) @AtMost(Limit.TASKS) Integer items) implements LabRequest {

}
