package org.concurrency.lab.sync;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * The readers and writers of {@code sync/read-write-lock}; a missing field takes its
 * default.
 */
@Schema(description = "Readers and writers of one shared value, behind a read-write lock or a plain lock. "
		+ "Every field is optional.")
public record ReadWriteLockRequest(
		@Schema(description = "Reader threads, in each variant.") @Positive @Default(4) Integer numReaders,
		@Schema(description = "Writer threads, in each variant (2 × (num_readers + num_writers) at most "
				+ "lab.limits.platform-threads).") @PositiveOrZero @Default(1) Integer numWriters,
		@Schema(description = "Milliseconds a read holds the lock (at most lab.limits.delay).") @PositiveOrZero @Default(50) Integer readMs,
		@Schema(description = "Milliseconds a write holds the lock (at most lab.limits.delay).") @PositiveOrZero @Default(10) Integer writeMs)
		implements
			LabRequest {

	/** Readers and writers together share a half's threads. */
	@Override
	public void check(LimitCheck check) {
		int threads = SyncVariant.threadsPerHalf(check);
		check.atMost("num_readers", this.numReaders, threads, Limit.PLATFORM_THREADS)
			.atMost("num_writers", this.numWriters, Math.max(0, threads - this.numReaders), Limit.PLATFORM_THREADS)
			.atMost("read_ms", this.readMs, Limit.DELAY)
			.atMost("write_ms", this.writeMs, Limit.DELAY);
	}

}
