package org.concurrency.lab.livelock;

import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LimitExceededException;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.Violation;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/** Runs the livelock experiments within the lab's limits. */
@Service
public class LivelockService {

	static final String EXPERIMENT = "livelock";

	private final ExperimentEngine engine;

	public LivelockService(ExperimentEngine engine) {
		this.engine = engine;
	}

	Report<LivelockRequest, LivelockResult> run(PoliteDiners diners, @Nullable LivelockRequest request) {
		LivelockRequest params = (request != null) ? request : LivelockRequest.defaults();
		LimitExceededException.throwIf(Violation.check("duration_ms", params.durationMs(), 1,
				this.engine.limits().delay().toMillis(), "lab.limits.delay"));
		return this.engine.run(EXPERIMENT, diners.label(), params, diners);
	}

}
