package org.concurrency.lab.semaphore;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * When operations started, with the rate limiter and without it.
 *
 * @param permitsPerPeriod the most operations allowed in any window
 * @param periodMs the window, in milliseconds
 * @param limitPerSecond the rate the limit allows
 * @param limited the operations under the limiter: {@code max_in_any_window} is at most
 * {@code permits_per_period}
 * @param withoutLimiter the same operations with nothing to hold them back
 */
public record RateLimitResult(int permitsPerPeriod, int periodMs, double limitPerSecond,
		@JsonUnwrapped StartSchedule limited, StartSchedule withoutLimiter) {

	/**
	 * When the operations started.
	 *
	 * @param operations operations run
	 * @param maxInAnyWindow the most operations that started within any {@code period_ms}
	 * of each other: every sliding window checked, not only the windows from the first
	 * start
	 * @param perPeriod operations started in each period counted from the first start
	 * @param achievedPerSecond operations per second, over the time from the first start
	 * to one period after the last
	 * @param startsMs each operation's start, in milliseconds since the first (the first
	 * {@code lab.limits.timeline-entries} only)
	 */
	public record StartSchedule(int operations, int maxInAnyWindow, List<Integer> perPeriod, double achievedPerSecond,
			List<Double> startsMs) {
	}

}
