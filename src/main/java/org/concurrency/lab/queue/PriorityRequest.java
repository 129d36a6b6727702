package org.concurrency.lab.queue;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;

/** Items with priorities, put in a known order; a missing field takes its default. */
@Schema(description = "Items with priorities 3, 2, 1, 3, 2, 1, … put in that order. Every field is optional.")
public record PriorityRequest(@Schema(
		description = "Items to put: item n has priority 3 - n % 3 (1 is served first).") @Min(4) @Max(1000) @Default(9) Integer items)
		implements
			LabRequest {

}
