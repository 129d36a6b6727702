package org.concurrency.lab.threading;

import java.util.Arrays;

import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LimitExceededException;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.Violation;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/** Runs the threading experiments within the lab's limits. */
@Service
public class ThreadingService {

	static final String EXPERIMENT = "threading";

	private static final String PLATFORM_THREADS = "lab.limits.platform-threads";

	private static final String DELAY = "lab.limits.delay";

	private final ExperimentEngine engine;

	public ThreadingService(ExperimentEngine engine) {
		this.engine = engine;
	}

	Report<BasicThreadsRequest, BasicThreadsResult> basic(@Nullable BasicThreadsRequest request) {
		BasicThreadsRequest params = (request != null) ? request : BasicThreadsRequest.defaults();
		LimitExceededException.throwIfAny(Arrays.asList(
				Violation.check("num_threads", params.numThreads(), 1, limits().platformThreads(), PLATFORM_THREADS),
				checkSeconds("delay", params.delay())));
		return this.engine.run(EXPERIMENT, "basic", params, new BasicThreads());
	}

	Report<ThreadPoolRequest, ThreadPoolResult> pool(@Nullable ThreadPoolRequest request) {
		ThreadPoolRequest params = (request != null) ? request : ThreadPoolRequest.defaults();
		LimitExceededException.throwIfAny(Arrays.asList(
				Violation.check("num_workers", params.numWorkers(), 1, limits().platformThreads(), PLATFORM_THREADS),
				Violation.check("tasks", params.tasks(), 1, limits().tasks(), "lab.limits.tasks"),
				checkSeconds("delay", params.delay())));
		return this.engine.run(EXPERIMENT, "pool", params, new ThreadPool());
	}

	Report<DaemonRequest, DaemonResult> daemon(@Nullable DaemonRequest request) {
		DaemonRequest params = (request != null) ? request : DaemonRequest.defaults();
		Violation workerSeconds = checkSeconds("worker_seconds", params.workerSeconds());
		Violation mainMs = (params.mainMs() <= params.workerMs() / 2) ? null
				: new Violation("main_ms", params.mainMs(),
						"between 0 and " + params.workerMs() / 2
								+ " (half of worker_seconds, so the worker surely still works when main returns)",
						null);
		LimitExceededException.throwIfAny(Arrays.asList(workerSeconds, mainMs));
		return this.engine.run(EXPERIMENT, "daemon", params, new DaemonThreads());
	}

	Report<ThreadLocalRequest, ThreadLocalResult> threadLocal(@Nullable ThreadLocalRequest request) {
		ThreadLocalRequest params = (request != null) ? request : ThreadLocalRequest.defaults();
		// each variant has a pool of its own, and three children show inheritance
		int maxWorkers = (limits().platformThreads() - 3) / ThreadLocals.VARIANTS;
		LimitExceededException.throwIfAny(Arrays
			.asList(Violation.check("num_workers", params.numWorkers(), 1, maxWorkers, PLATFORM_THREADS), Violation
				.check("tasks", params.tasks(), params.numWorkers() + 1L, limits().tasks(), "lab.limits.tasks")));
		return this.engine.run(EXPERIMENT, "thread-local", params, new ThreadLocals());
	}

	Report<ThreadStatesRequest, ThreadStatesResult> states(@Nullable ThreadStatesRequest request) {
		ThreadStatesRequest params = (request != null) ? request : ThreadStatesRequest.defaults();
		LimitExceededException
			.throwIf(Violation.check("hold_ms", params.holdMs(), 0, limits().delay().toMillis(), DELAY));
		return this.engine.run(EXPERIMENT, "states", params, new ThreadStates());
	}

	private LabLimits limits() {
		return this.engine.limits();
	}

	private @Nullable Violation checkSeconds(String field, double seconds) {
		return Violation.check(field, seconds, 0.0, limits().delay().toMillis() / 1000.0, DELAY);
	}

}
