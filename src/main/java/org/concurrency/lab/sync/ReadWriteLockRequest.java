package org.concurrency.lab.sync;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * The readers and writers of {@code sync/read-write-lock}; a missing field takes its
 * default.
 *
 * @param numReaders threads that each read once
 * @param numWriters threads that each write once, arriving while the readers read
 * @param readMs milliseconds a read holds the lock
 * @param writeMs milliseconds a write holds the lock
 */
@Schema(description = "Readers and writers of one shared value, behind a read-write lock or a plain lock. "
		+ "Every field is optional.")
public record ReadWriteLockRequest(
		@Schema(description = "Reader threads, in each variant.", defaultValue = "4", example = "4",
				minimum = "1") @Positive Integer numReaders,
		@Schema(description = "Writer threads, in each variant (2 × (num_readers + num_writers) at most "
				+ "lab.limits.platform-threads).", defaultValue = "1", example = "1",
				minimum = "0") @PositiveOrZero Integer numWriters,
		@Schema(description = "Milliseconds a read holds the lock (at most lab.limits.delay).", defaultValue = "50",
				example = "50", minimum = "0") @PositiveOrZero Integer readMs,
		@Schema(description = "Milliseconds a write holds the lock (at most lab.limits.delay).", defaultValue = "10",
				example = "10", minimum = "0") @PositiveOrZero Integer writeMs) {

	public ReadWriteLockRequest(@Nullable Integer numReaders, @Nullable Integer numWriters, @Nullable Integer readMs,
			@Nullable Integer writeMs) {
		this.numReaders = (numReaders != null) ? numReaders : 4;
		this.numWriters = (numWriters != null) ? numWriters : 1;
		this.readMs = (readMs != null) ? readMs : 50;
		this.writeMs = (writeMs != null) ? writeMs : 10;
	}

	public static ReadWriteLockRequest defaults() {
		return new ReadWriteLockRequest(null, null, null, null);
	}

}
