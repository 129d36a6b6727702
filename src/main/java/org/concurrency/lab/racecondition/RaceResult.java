package org.concurrency.lab.racecondition;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * What the counter read after the race.
 *
 * @param expected increments made: {@code num_workers × tasks_per_worker}
 * @param actual what the counter read at the end
 * @param finalCounter the same as {@code actual}: the seed's name
 * @param lostIncrements {@code expected - actual}: updates overwritten by another
 * thread's
 * @param throughputPerSec increments per second, from the start gate opening to the last
 * worker's end
 * @param retries for {@code atomic}: compare-and-sets that failed because another thread
 * wrote between the read and the write, and were tried again
 * @param holdCount for {@code rlock}: how many times the thread inside the nested
 * {@code add()} held the lock
 * @param nonReentrant for {@code rlock}: the same nesting with a non-reentrant lock
 */
public record RaceResult(long expected, long actual, long finalCounter, long lostIncrements, double throughputPerSec,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long retries,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer holdCount,
		@JsonInclude(JsonInclude.Include.NON_NULL) NonReentrantAccount.@Nullable SelfDeadlock nonReentrant) {

	static RaceResult of(long expected, long actual, long nanos) {
		double perSec = (nanos > 0) ? Math.round(expected * 1e10 / nanos) / 10.0 : 0;
		return new RaceResult(expected, actual, actual, expected - actual, perSec, null, null, null);
	}

	RaceResult withRetries(long retries) {
		return new RaceResult(this.expected, this.actual, this.finalCounter, this.lostIncrements, this.throughputPerSec,
				retries, this.holdCount, this.nonReentrant);
	}

	RaceResult withReentrancy(int holdCount, NonReentrantAccount.SelfDeadlock nonReentrant) {
		return new RaceResult(this.expected, this.actual, this.finalCounter, this.lostIncrements, this.throughputPerSec,
				this.retries, holdCount, nonReentrant);
	}

}
