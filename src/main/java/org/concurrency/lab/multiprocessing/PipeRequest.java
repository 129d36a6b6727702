package org.concurrency.lab.multiprocessing;

import jakarta.validation.constraints.Positive;
import org.concurrency.lab.experiment.AtMost;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;

/**
 * Request and response with one child JVM over its stdin and stdout. Every field is
 * optional.
 *
 * @param messages Round trips (at most lab.limits.tasks).
 */
public record PipeRequest(@Positive @Default(10) @AtMost(Limit.TASKS) Integer messages) implements LabRequest {

}
