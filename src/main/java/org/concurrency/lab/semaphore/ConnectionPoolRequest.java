package org.concurrency.lab.semaphore;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;
import org.jspecify.annotations.Nullable;

/** Workers sharing a small pool of connections; a missing field takes its default. */
@Schema(description = "Workers sharing a pool of simulated connections. Every field is optional.")
public record ConnectionPoolRequest(
		@Schema(description = "Connections in the pool: the most in use at once.",
				example = "3") @Positive @Max(1000) Integer poolSize,
		@Schema(description = "Worker threads (at most half of lab.limits.platform-threads: the pool without a health "
				+ "check runs too).", example = "8") @Positive Integer numWorkers,
		@Schema(description = "Queries each worker runs (all workers together at most lab.limits.tasks).",
				example = "5") @Positive Integer queries,
		@Schema(description = "Milliseconds a worker waits for a connection before giving up that query (at most "
				+ "lab.limits.delay).", example = "1000") @Positive Integer acquireTimeoutMs,
		@Schema(description = "Milliseconds a query holds its connection (all queries spread over the pool, at most "
				+ "lab.limits.delay).", example = "10") @PositiveOrZero @Max(1000) Integer queryMs,
		@Schema(description = "Queries a connection serves before it breaks; a query on a broken connection fails.",
				example = "5") @Positive Integer breakAfter)
		implements
			LabRequest {

	public ConnectionPoolRequest(@Nullable Integer poolSize, @Nullable Integer numWorkers, @Nullable Integer queries,
			@Nullable Integer acquireTimeoutMs, @Nullable Integer queryMs, @Nullable Integer breakAfter) {
		this.poolSize = (poolSize != null) ? poolSize : 3;
		this.numWorkers = (numWorkers != null) ? numWorkers : 8;
		this.queries = (queries != null) ? queries : 5;
		this.acquireTimeoutMs = (acquireTimeoutMs != null) ? acquireTimeoutMs : 1000;
		this.queryMs = (queryMs != null) ? queryMs : 10;
		this.breakAfter = (breakAfter != null) ? breakAfter : 5;
	}

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
