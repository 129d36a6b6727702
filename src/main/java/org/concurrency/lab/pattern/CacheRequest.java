package org.concurrency.lab.pattern;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * A cache with expiry under many readers and few writers; a missing field takes its
 * default.
 *
 * @param readers reader threads
 * @param writers writer threads
 * @param keys distinct keys read
 * @param ttlMs how long a loaded or written value stays fresh
 * @param loadMs how long loading one value takes
 * @param durationMs how long each cache is read
 */
@Schema(description = "A cache with expiry under many readers and few writers. Every field is optional.")
public record CacheRequest(@Schema(
		description = "Reader threads (at least 2; readers + writers at most " + "lab.limits.platform-threads / 3).",
		defaultValue = "8", example = "8", minimum = "2") @Min(2) Integer readers,
		@Schema(description = "Writer threads, each storing a fresh value every ttl_ms / 2.", defaultValue = "1",
				example = "1", minimum = "0") @PositiveOrZero Integer writers,
		@Schema(description = "Distinct keys; every reader reads them in turn, key 0 first.", defaultValue = "4",
				example = "4", minimum = "1") @Positive Integer keys,
		@Schema(description = "Milliseconds a value stays fresh (at most lab.limits.delay).", defaultValue = "100",
				example = "100", minimum = "1") @Positive Long ttlMs,
		@Schema(description = "Milliseconds loading one value takes (at most lab.limits.delay).", defaultValue = "10",
				example = "10", minimum = "0") @PositiveOrZero Long loadMs,
		@Schema(description = "Milliseconds each cache is read (at most lab.limits.delay).", defaultValue = "300",
				example = "300", minimum = "1") @Positive Long durationMs) {

	public CacheRequest(@Nullable Integer readers, @Nullable Integer writers, @Nullable Integer keys,
			@Nullable Long ttlMs, @Nullable Long loadMs, @Nullable Long durationMs) {
		this.readers = (readers != null) ? readers : 8;
		this.writers = (writers != null) ? writers : 1;
		this.keys = (keys != null) ? keys : 4;
		this.ttlMs = (ttlMs != null) ? ttlMs : 100L;
		this.loadMs = (loadMs != null) ? loadMs : 10L;
		this.durationMs = (durationMs != null) ? durationMs : 300L;
	}

	public static CacheRequest defaults() {
		return new CacheRequest(null, null, null, null, null, null);
	}

}
