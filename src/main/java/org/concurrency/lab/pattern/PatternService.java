package org.concurrency.lab.pattern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LimitExceededException;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.Violation;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/** Runs the pattern experiments within the lab's limits. */
@Service
public class PatternService {

	static final String EXPERIMENT = "patterns";

	private final ExperimentEngine engine;

	public PatternService(ExperimentEngine engine) {
		this.engine = engine;
	}

	Report<PipelineRequest, PipelineResult> pipeline(@Nullable PipelineRequest request) {
		PipelineRequest params = (request != null) ? request : PipelineRequest.defaults();
		LabLimits limits = this.engine.limits();
		List<@Nullable Violation> checks = new ArrayList<>(
				Arrays.asList(Violation.check("items", params.items(), 1, limits.tasks(), "lab.limits.tasks"),
						checkThreads("workers", params.workers(), 1, limits.platformThreads() / 2 - 2),
						checkMillis("delay_ms", params.delayMs(), 0)));
		Long cancelAfter = params.cancelAfterMs();
		if (cancelAfter != null) {
			checks.add(checkMillis("cancel_after_ms", cancelAfter, 0));
		}
		LimitExceededException.throwIfAny(checks);
		return this.engine.run(EXPERIMENT, "pipeline", params, new Pipeline());
	}

	Report<FanOutFanInRequest, FanOutFanInResult> fanOutFanIn(@Nullable FanOutFanInRequest request) {
		FanOutFanInRequest params = (request != null) ? request : FanOutFanInRequest.defaults();
		LabLimits limits = this.engine.limits();
		LimitExceededException
			.throwIfAny(Arrays.asList(Violation.check("tasks", params.tasks(), 2, limits.tasks(), "lab.limits.tasks"),
					checkThreads("workers", params.workers(), 2, limits.platformThreads() / 2 - 2),
					checkMillis("delay_ms", params.delayMs(), 0)));
		return this.engine.run(EXPERIMENT, "fan-out-fan-in", params, new FanOutFanIn());
	}

	Report<ActorRequest, ActorResult> actor(@Nullable ActorRequest request) {
		ActorRequest params = (request != null) ? request : ActorRequest.defaults();
		LabLimits limits = this.engine.limits();
		List<@Nullable Violation> checks = new ArrayList<>(
				Arrays.asList(Violation.check("actors", params.actors(), 1, limits.tasks() / 4, "lab.limits.tasks"),
						checkMillis("delay_ms", params.delayMs(), 0)));
		if (checks.getFirst() == null) {
			// two runs, each sending every actor its messages
			checks.add(Violation.check("messages", params.messages(), 2,
					Math.max(2, limits.tasks() / 2 / params.actors()), "lab.limits.tasks"));
		}
		LimitExceededException.throwIfAny(checks);
		return this.engine.run(EXPERIMENT, "actor", params, new Actors());
	}

	Report<WorkerPoolRequest, WorkerPoolResult> workerPool(@Nullable WorkerPoolRequest request) {
		WorkerPoolRequest params = (request != null) ? request : WorkerPoolRequest.defaults();
		LabLimits limits = this.engine.limits();
		LimitExceededException.throwIfAny(
				Arrays.asList(Violation.check("tasks", params.tasks(), 2, limits.tasks() / 3, "lab.limits.tasks"),
						checkThreads("workers", params.workers(), 1, limits.platformThreads() / 3),
						checkMillis("delay_ms", params.delayMs(), 0)));
		return this.engine.run(EXPERIMENT, "worker-pool", params, new WorkerPool());
	}

	Report<CacheRequest, CacheResult> cache(@Nullable CacheRequest request) {
		CacheRequest params = (request != null) ? request : CacheRequest.defaults();
		LabLimits limits = this.engine.limits();
		int threads = limits.platformThreads() / 3;
		LimitExceededException.throwIfAny(Arrays.asList(checkThreads("readers", params.readers(), 2, threads),
				checkThreads("writers", params.writers(), 0, threads - params.readers()),
				Violation.check("keys", params.keys(), 1, limits.tasks(), "lab.limits.tasks"),
				checkMillis("ttl_ms", params.ttlMs(), 1), checkMillis("load_ms", params.loadMs(), 0),
				checkMillis("duration_ms", params.durationMs(), 1)));
		return this.engine.run(EXPERIMENT, "cache", params, new Cache());
	}

	private static @Nullable Violation checkThreads(String field, int value, int min, int max) {
		return Violation.check(field, value, min, Math.max(min, max), "lab.limits.platform-threads");
	}

	private @Nullable Violation checkMillis(String field, long millis, long min) {
		return Violation.check(field, millis, min, this.engine.limits().delay().toMillis(), "lab.limits.delay");
	}

}
