package org.concurrency.lab.sync;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;
import org.jspecify.annotations.Nullable;

/**
 * The readers and writers of {@code sync/read-write-lock}; a missing field takes its
 * default.
 */
@Schema(description = "Readers and writers of one shared value, behind a read-write lock or a plain lock. "
		+ "Every field is optional.")
public record ReadWriteLockRequest(
		@Schema(description = "Reader threads, in each variant.", example = "4") @Positive Integer numReaders,
		@Schema(description = "Writer threads, in each variant (2 × (num_readers + num_writers) at most "
				+ "lab.limits.platform-threads).", example = "1") @PositiveOrZero Integer numWriters,
		@Schema(description = "Milliseconds a read holds the lock (at most lab.limits.delay).",
				example = "50") @PositiveOrZero Integer readMs,
		@Schema(description = "Milliseconds a write holds the lock (at most lab.limits.delay).",
				example = "10") @PositiveOrZero Integer writeMs)
		implements
			LabRequest {

	public ReadWriteLockRequest(@Nullable Integer numReaders, @Nullable Integer numWriters, @Nullable Integer readMs,
			@Nullable Integer writeMs) {
		this.numReaders = (numReaders != null) ? numReaders : 4;
		this.numWriters = (numWriters != null) ? numWriters : 1;
		this.readMs = (readMs != null) ? readMs : 50;
		this.writeMs = (writeMs != null) ? writeMs : 10;
	}

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
