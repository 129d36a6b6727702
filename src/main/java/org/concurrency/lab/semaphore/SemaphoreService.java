package org.concurrency.lab.semaphore;

import java.util.Arrays;

import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LimitExceededException;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.Violation;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/** Runs the semaphore experiments within the lab's limits. */
@Service
public class SemaphoreService {

	static final String EXPERIMENT = "semaphores";

	private final ExperimentEngine engine;

	public SemaphoreService(ExperimentEngine engine) {
		this.engine = engine;
	}

	Report<RateLimitRequest, RateLimitResult> rateLimit(@Nullable RateLimitRequest request) {
		RateLimitRequest params = (request != null) ? request : RateLimitRequest.defaults();
		LabLimits limits = this.engine.limits();
		long delayMs = limits.delay().toMillis();
		// the limited run lasts about operations / permits_per_period periods
		long byDelay = params.permitsPerPeriod() * (delayMs / params.periodMs());
		LimitExceededException.throwIfAny(Arrays.asList(
				Violation.check("operations", params.operations(), 1, Math.min(limits.tasks(), byDelay),
						(byDelay < limits.tasks()) ? "lab.limits.delay" : "lab.limits.tasks"),
				Violation.check("period_ms", params.periodMs(), 10, delayMs, "lab.limits.delay"),
				// both variants start their workers, and the limited one a refill thread
				Violation.check("num_workers", params.numWorkers(), 1, (limits.platformThreads() - 2) / 2,
						"lab.limits.platform-threads")));
		return this.engine.run(EXPERIMENT, "rate-limit", params, new RateLimit());
	}

	Report<MaxConcurrencyRequest, MaxConcurrencyResult> threading(@Nullable MaxConcurrencyRequest request) {
		MaxConcurrencyRequest params = (request != null) ? request : MaxConcurrencyRequest.defaults();
		LabLimits limits = this.engine.limits();
		LimitExceededException.throwIfAny(Arrays.asList(
				Violation.check("num_workers", params.numWorkers(), 1, limits.platformThreads() / 2,
						"lab.limits.platform-threads"),
				Violation.check("hold_ms", params.holdMs(), 0, limits.delay().toMillis() / params.waves(),
						"lab.limits.delay")));
		return this.engine.run(EXPERIMENT, "threading", params, new MaxConcurrency());
	}

	Report<OverReleaseRequest, OverReleaseResult> bounded(@Nullable OverReleaseRequest request) {
		OverReleaseRequest params = (request != null) ? request : OverReleaseRequest.defaults();
		return this.engine.run(EXPERIMENT, "bounded", params, new OverRelease());
	}

	Report<ConnectionPoolRequest, ConnectionPoolResult> connectionPool(@Nullable ConnectionPoolRequest request) {
		ConnectionPoolRequest params = (request != null) ? request : ConnectionPoolRequest.defaults();
		LabLimits limits = this.engine.limits();
		long delayMs = limits.delay().toMillis();
		LimitExceededException.throwIfAny(Arrays.asList(
				Violation.check("num_workers", params.numWorkers(), 1, limits.platformThreads() / 2,
						"lab.limits.platform-threads"),
				Violation.check("queries", params.queries(), 1, limits.tasks() / params.numWorkers(),
						"lab.limits.tasks"),
				Violation.check("acquire_timeout_ms", params.acquireTimeoutMs(), 1, delayMs, "lab.limits.delay"),
				// the queries, spread over the pool
				Violation.check("query_ms", params.queryMs(), 0, delayMs * params.poolSize() / params.totalQueries(),
						"lab.limits.delay")));
		return this.engine.run(EXPERIMENT, "connection-pool", params, new PooledQueries());
	}

}
