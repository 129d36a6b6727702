package org.concurrency.lab.multiprocessing;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * What {@code multiprocessing/queue} passes from the producer process to the consumer
 * process; a missing field takes its default.
 *
 * @param items items the producer makes
 */
@Schema(description = "A producer process and a consumer process. Every field is optional.")
public record QueueRequest(@Schema(description = "Items the producer makes (at most lab.limits.tasks).",
		defaultValue = "20", example = "20", minimum = "1") @Positive Integer items) {

	public QueueRequest(@Nullable Integer items) {
		this.items = (items != null) ? items : 20;
	}

	public static QueueRequest defaults() {
		return new QueueRequest(null);
	}

}
