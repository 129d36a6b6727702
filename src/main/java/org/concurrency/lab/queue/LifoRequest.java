package org.concurrency.lab.queue;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;

/**
 * Items through a deque used as a stack and as a queue; a missing field takes its
 * default.
 */
@Schema(description = "Items 0, 1, 2, … through a deque used as a stack and as a queue. Every field is optional.")
public record LifoRequest(
		@Schema(description = "Items to put, numbered in the order put.") @Min(2) @Max(1000) @Default(10) Integer items)
		implements
			LabRequest {

}
