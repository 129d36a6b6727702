package org.concurrency.lab.starvation;

import java.util.Arrays;

import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LimitExceededException;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.Violation;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/** Runs the starvation experiments within the lab's limits. */
@Service
public class StarvationService {

	static final String EXPERIMENT = "starvation";

	private final ExperimentEngine engine;

	public StarvationService(ExperimentEngine engine) {
		this.engine = engine;
	}

	Report<StarvationRequest, StarvationResult> run(LockFairness fairness, @Nullable StarvationRequest request) {
		StarvationRequest params = (request != null) ? request : StarvationRequest.defaults();
		LabLimits limits = this.engine.limits();
		LimitExceededException.throwIfAny(Arrays.asList(Violation.check("num_workers", params.numWorkers(), 2,
				Math.min(StarvationRequest.MAX_WORKERS, limits.platformThreads()), "lab.limits.platform-threads"),
				Violation.check("duration_ms", params.durationMs(), 1, limits.delay().toMillis(), "lab.limits.delay")));
		return this.engine.run(EXPERIMENT, fairness.label(), params, fairness);
	}

}
