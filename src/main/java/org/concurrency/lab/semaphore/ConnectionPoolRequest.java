package org.concurrency.lab.semaphore;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * Workers sharing a small pool of connections; a missing field takes its default.
 *
 * @param poolSize connections in the pool
 * @param numWorkers worker threads
 * @param queries queries each worker runs
 * @param acquireTimeoutMs how long a worker waits for a connection before giving up that
 * query
 * @param queryMs how long a query holds its connection
 * @param breakAfter queries a connection serves before it breaks
 */
@Schema(description = "Workers sharing a pool of simulated connections. Every field is optional.")
public record ConnectionPoolRequest(
		@Schema(description = "Connections in the pool: the most in use at once.", defaultValue = "3", example = "3",
				minimum = "1", maximum = "1000") @Positive @Max(1000) Integer poolSize,
		@Schema(description = "Worker threads (at most half of lab.limits.platform-threads: the pool without a health "
				+ "check runs too).", defaultValue = "8", example = "8", minimum = "1") @Positive Integer numWorkers,
		@Schema(description = "Queries each worker runs (all workers together at most lab.limits.tasks).",
				defaultValue = "5", example = "5", minimum = "1") @Positive Integer queries,
		@Schema(description = "Milliseconds a worker waits for a connection before giving up that query (at most "
				+ "lab.limits.delay).", defaultValue = "1000", example = "1000",
				minimum = "1") @Positive Integer acquireTimeoutMs,
		@Schema(description = "Milliseconds a query holds its connection (all queries spread over the pool, at most "
				+ "lab.limits.delay).", defaultValue = "10", example = "10", minimum = "0",
				maximum = "1000") @PositiveOrZero @Max(1000) Integer queryMs,
		@Schema(description = "Queries a connection serves before it breaks; a query on a broken connection fails.",
				defaultValue = "5", example = "5", minimum = "1") @Positive Integer breakAfter) {

	public ConnectionPoolRequest(@Nullable Integer poolSize, @Nullable Integer numWorkers, @Nullable Integer queries,
			@Nullable Integer acquireTimeoutMs, @Nullable Integer queryMs, @Nullable Integer breakAfter) {
		this.poolSize = (poolSize != null) ? poolSize : 3;
		this.numWorkers = (numWorkers != null) ? numWorkers : 8;
		this.queries = (queries != null) ? queries : 5;
		this.acquireTimeoutMs = (acquireTimeoutMs != null) ? acquireTimeoutMs : 1000;
		this.queryMs = (queryMs != null) ? queryMs : 10;
		this.breakAfter = (breakAfter != null) ? breakAfter : 5;
	}

	public static ConnectionPoolRequest defaults() {
		return new ConnectionPoolRequest(null, null, null, null, null, null);
	}

	long totalQueries() {
		return (long) this.numWorkers * this.queries;
	}

}
