package org.concurrency.lab.pattern;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * A cache with expiry under many readers and few writers; a missing field takes its
 * default.
 */
@Schema(description = "A cache with expiry under many readers and few writers. Every field is optional.")
public record CacheRequest(
		@Schema(description = "Reader threads (at least 2; readers + writers at most "
				+ "lab.limits.platform-threads / 3).") @Min(2) @Default(8) Integer readers,
		@Schema(description = "Writer threads, each storing a fresh value every ttl_ms / 2.") @PositiveOrZero @Default(1) Integer writers,
		@Schema(description = "Distinct keys; every reader reads them in turn, key 0 first.") @Positive @Default(4) Integer keys,
		@Schema(description = "Milliseconds a value stays fresh (at most lab.limits.delay).") @Positive @Default(100) Long ttlMs,
		@Schema(description = "Milliseconds loading one value takes (at most lab.limits.delay).") @PositiveOrZero @Default(10) Long loadMs,
		@Schema(description = "Milliseconds each cache is read (at most lab.limits.delay).") @Positive @Default(300) Long durationMs)
		implements
			LabRequest {

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
