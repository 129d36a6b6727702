package org.concurrency.lab.sync;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * Readers and writers of one shared value, behind a read-write lock or a plain lock.
 * Every field is optional.
 *
 * @param numReaders Reader threads, in each variant.
 * @param numWriters Writer threads, in each variant (2 × (num_readers + num_writers) at
 * most lab.limits.platform-threads).
 * @param readMs Milliseconds a read holds the lock (at most lab.limits.delay).
 * @param writeMs Milliseconds a write holds the lock (at most lab.limits.delay).
 */
public record ReadWriteLockRequest(@Positive @Default(4) Integer numReaders,
		@PositiveOrZero @Default(1) Integer numWriters, @PositiveOrZero @Default(50) Integer readMs,
		@PositiveOrZero @Default(10) Integer writeMs) implements LabRequest {

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
