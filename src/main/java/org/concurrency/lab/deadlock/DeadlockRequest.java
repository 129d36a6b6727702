package org.concurrency.lab.deadlock;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * A ring of workers, each owning a lock and needing the next one's. Every field is
 * optional.
 *
 * @param numWorkers Workers in the ring, each with its own lock (2 to 16, and at most
 * lab.limits.platform-threads).
 */
public record DeadlockRequest(
		@Schema(example = "3") @Min(2) @Max(DeadlockRequest.MAX_WORKERS) @Default(2) Integer numWorkers)
		implements
			LabRequest {

	public static final int MAX_WORKERS = 16;

	/** Every worker is a platform thread. */
	@Override
	public void check(LimitCheck check) {
		check.atMost("num_workers", this.numWorkers, Math.min(MAX_WORKERS, check.lab().platformThreads()),
				Limit.PLATFORM_THREADS);
	}

}
