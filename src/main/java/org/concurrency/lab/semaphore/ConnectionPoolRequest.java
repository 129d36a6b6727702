package org.concurrency.lab.semaphore;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * Workers sharing a pool of simulated connections. Every field is optional.
 *
 * @param poolSize Connections in the pool: the most in use at once.
 * @param numWorkers Worker threads (at most half of lab.limits.platform-threads: the pool
 * without a health check runs too).
 * @param queries Queries each worker runs (all workers together at most
 * lab.limits.tasks).
 * @param acquireTimeoutMs Milliseconds a worker waits for a connection before giving up
 * that query (at most lab.limits.delay).
 * @param queryMs Milliseconds a query holds its connection (all queries spread over the
 * pool, at most lab.limits.delay).
 * @param breakAfter Queries a connection serves before it breaks; a query on a broken
 * connection fails.
 */
public record ConnectionPoolRequest(@Positive @Max(1000) @Default(3) Integer poolSize,
		@Positive @Default(8) Integer numWorkers, @Positive @Default(5) Integer queries,
		@Positive @Default(1000) Integer acquireTimeoutMs, @PositiveOrZero @Max(1000) @Default(10) Integer queryMs,
		@Positive @Default(5) Integer breakAfter) implements LabRequest {

	/** The queries are spread over the pool. */
	@Override
	public void check(LimitCheck check) {
		long delayMs = check.lab().delay().toMillis();
		check.atMost("num_workers", this.numWorkers, check.lab().platformThreads() / 2, Limit.PLATFORM_THREADS)
			.atMost("queries", this.queries, check.lab().tasks() / this.numWorkers, Limit.TASKS)
			.atMost("acquire_timeout_ms", this.acquireTimeoutMs, Limit.DELAY)
			.atMost("query_ms", this.queryMs, delayMs * this.poolSize / totalQueries(), Limit.DELAY);
	}

	long totalQueries() {
		return (long) this.numWorkers * this.queries;
	}

}
