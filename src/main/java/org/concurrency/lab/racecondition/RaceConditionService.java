package org.concurrency.lab.racecondition;

import java.util.Arrays;

import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LimitExceededException;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.Violation;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/** Runs the race-condition experiments within the lab's limits. */
@Service
public class RaceConditionService {

	static final String EXPERIMENT = "race-conditions";

	private final ExperimentEngine engine;

	public RaceConditionService(ExperimentEngine engine) {
		this.engine = engine;
	}

	Report<RaceRequest, RaceResult> run(RaceMethod method, @Nullable RaceRequest request) {
		RaceRequest params = (request != null) ? request : RaceRequest.defaults();
		LabLimits limits = this.engine.limits();
		LimitExceededException.throwIfAny(Arrays.asList(Violation.check("num_workers", params.numWorkers(), 1,
				limits.platformThreads(), "lab.limits.platform-threads"), checkTasks(params, limits.tasks())));
		return this.engine.run(EXPERIMENT, method.label(), params, method);
	}

	Report<VisibilityRequest, VisibilityResult> visibility(@Nullable VisibilityRequest request) {
		VisibilityRequest params = (request != null) ? request : VisibilityRequest.defaults();
		long delayMs = this.engine.limits().delay().toMillis();
		LimitExceededException.throwIfAny(
				Arrays.asList(Violation.check("write_after_ms", params.writeAfterMs(), 0, delayMs, "lab.limits.delay"),
						Violation.check("timeout_ms", params.timeoutMs(), 1, delayMs, "lab.limits.delay")));
		return this.engine.run(EXPERIMENT, "visibility", params, new Visibility());
	}

	/** Every increment is a task: {@code num_workers × tasks_per_worker} of them. */
	private static @Nullable Violation checkTasks(RaceRequest params, int maxTasks) {
		if (params.expected() <= maxTasks) {
			return null;
		}
		return new Violation("tasks_per_worker", params.tasksPerWorker(),
				"at most " + (maxTasks / params.numWorkers()) + " with num_workers " + params.numWorkers()
						+ " (num_workers × tasks_per_worker at most " + maxTasks + ")",
				"lab.limits.tasks");
	}

}
