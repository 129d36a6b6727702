package org.concurrency.lab.pattern;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * A cache with expiry under many readers and few writers. Every field is optional.
 *
 * @param readers Reader threads (at least 2; readers + writers at most
 * lab.limits.platform-threads / 3).
 * @param writers Writer threads, each storing a fresh value every ttl_ms / 2.
 * @param keys Distinct keys; every reader reads them in turn, key 0 first.
 * @param ttlMs Milliseconds a value stays fresh (at most lab.limits.delay).
 * @param loadMs Milliseconds loading one value takes (at most lab.limits.delay).
 * @param durationMs Milliseconds each cache is read (at most lab.limits.delay).
 */
public record CacheRequest(@Min(2) @Default(8) Integer readers, @PositiveOrZero @Default(1) Integer writers,
		@Positive @Default(4) Integer keys, @Positive @Default(100) Long ttlMs,
		@PositiveOrZero @Default(10) Long loadMs, @Positive @Default(300) Long durationMs) implements LabRequest {

	/** Readers and writers share a third of the platform threads. */
	@Override
	public void check(LimitCheck check) {
		int threads = check.lab().platformThreads() / 3;
		check.atMost("readers", this.readers, Math.max(2, threads), Limit.PLATFORM_THREADS)
			.atMost("writers", this.writers, Math.max(0, threads - this.readers), Limit.PLATFORM_THREADS)
			.atMost("keys", this.keys, Limit.TASKS)
			.atMost("ttl_ms", this.ttlMs, Limit.DELAY)
			.atMost("load_ms", this.loadMs, Limit.DELAY)
			.atMost("duration_ms", this.durationMs, Limit.DELAY);
	}

}
