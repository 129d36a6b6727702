package org.concurrency.lab.deadlock;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;
import org.concurrency.lab.experiment.Violation;

/**
 * A ring of workers taking their second lock with tryLock(timeout). Every field is
 * optional.
 *
 * @param numWorkers Workers in the ring, each with its own lock (2 to 16, and at most
 * lab.limits.platform-threads).
 * @param timeoutMs Milliseconds a worker waits for its second lock before it releases its
 * first (1 to 1000).
 * @param backoffMinMs Shortest random back-off, in milliseconds, after a failed try (0 to
 * 1000).
 * @param backoffMaxMs Longest random back-off, in milliseconds (at least backoff_min_ms,
 * at most 1000).
 */
public record TryLockRequest(
		@Schema(example = "3") @Min(2) @Max(DeadlockRequest.MAX_WORKERS) @Default(2) Integer numWorkers,
		@Min(1) @Max(1000) @Default(10) Integer timeoutMs, @Min(0) @Max(1000) @Default(1) Integer backoffMinMs,
		@Schema(example = "10") @Min(0) @Max(1000) Integer backoffMaxMs) implements LabRequest {

	public TryLockRequest {
		// backoff_min_ms is null until the defaults are in; the boxing keeps a null
		// backoff_max_ms from being unboxed
		backoffMaxMs = (backoffMaxMs != null || backoffMinMs == null) ? backoffMaxMs
				: Integer.valueOf(Math.max(10, backoffMinMs));
	}

	/** Every worker is a platform thread; the back-off range must not be inverted. */
	@Override
	public void check(LimitCheck check) {
		check.atMost("num_workers", this.numWorkers,
				Math.min(DeadlockRequest.MAX_WORKERS, check.lab().platformThreads()), Limit.PLATFORM_THREADS);
		if (this.backoffMaxMs < this.backoffMinMs) {
			check.add(new Violation("backoff_max_ms", this.backoffMaxMs,
					"at least backoff_min_ms (" + this.backoffMinMs + ")", null));
		}
	}

}
