package org.concurrency.lab.async;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.concurrency.lab.experiment.AtMost;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;
import org.concurrency.lab.experiment.Violation;

/**
 * Tasks of which some fail. Every field is optional.
 *
 * @param tasks Tasks to run (at most lab.limits.tasks).
 * @param delay The longest wait in seconds (at most lab.limits.delay): task i waits delay
 * × (i + 1) / tasks.
 */
public record ExceptionsRequest(@Positive @Default(DEFAULT_TASKS) @AtMost(Limit.TASKS) Integer tasks,
		@PositiveOrZero @Default(DEFAULT_DELAY) @AtMost(Limit.DELAY) Double delay,
		@ArraySchema(schema = @Schema(description = "A task index, from 0 to tasks - 1."),
				arraySchema = @Schema(description = "Indices of the tasks that fail (at least one).",
						example = "[1, 3]")) @Size(min = 1) List<Integer> failing)
		implements
			AsyncParams {

	public ExceptionsRequest {
		failing = (failing != null) ? List.copyOf(failing) : List.of(1, 3);
	}

	/** Every failing task must be one of the run's. */
	@Override
	public void check(LimitCheck check) {
		if (this.failing.stream().anyMatch((task) -> task == null || task < 0 || task >= this.tasks)) {
			check.add(new Violation("failing", this.failing,
					"task indices between 0 and " + (this.tasks - 1) + " (tasks - 1)", null));
		}
	}

}
