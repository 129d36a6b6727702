package org.concurrency.lab.async;

import java.util.List;

/**
 * What {@code blocking-event-loop} found: the same timers on a loop one task blocks and
 * on a loop where it waits without blocking.
 *
 * @param intervalMs how often each timer should fire
 * @param waitMs how long the one waiting task waited
 * @param blocked the loop whose thread the task blocked
 * @param nonBlocking the loop where the task scheduled its wake-up and returned
 */
public record BlockingEventLoopResult(double intervalMs, double waitMs, LoopRun blocked, LoopRun nonBlocking) {

	/**
	 * One loop.
	 *
	 * @param how how the task waited
	 * @param waitEndedMs when its wait ended, in ms since the loops started
	 * @param firings timer firings in all
	 * @param lateFirings firings later than one interval
	 * @param maxLagMs the latest any firing was
	 * @param timers each timer (the first lab.limits.timeline-entries)
	 */
	public record LoopRun(String how, double waitEndedMs, int firings, int lateFirings, double maxLagMs,
			List<LoopTimer> timers) {
	}

	/**
	 * One periodic timer.
	 *
	 * @param timer its number
	 * @param firings how often it fired
	 * @param maxLagMs how late its latest firing was
	 * @param meanLagMs how late it fired on average
	 */
	public record LoopTimer(int timer, int firings, double maxLagMs, double meanLagMs) {
	}

}
