package org.concurrency.lab.semaphore;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;

/** A semaphore released once too often; a missing field takes its default. */
@Schema(description = "A semaphore released once too often. Every field is optional.")
public record OverReleaseRequest(@Schema(
		description = "The semaphore's initial permits; permits + 1 workers then test the limit.") @Positive @Max(100) @Default(3) Integer permits)
		implements
			LabRequest {

}
