package org.concurrency.lab.async;

import java.util.List;

/**
 * What {@code run-in-executor} found: the same blocking calls, made on the event loop and
 * handed to an executor.
 *
 * @param tickMs the loop's heartbeat period
 * @param onLoop the calls made on the loop's own thread
 * @param inExecutor the calls handed to an executor
 */
public record RunInExecutorResult(double tickMs, ExecutorPhase onLoop, ExecutorPhase inExecutor) {

	/**
	 * One way of making the calls.
	 *
	 * @param how where the calls ran
	 * @param durationMs from the first call's start until every call had ended
	 * @param ticks the loop's ticks from the first call's start to the last call's end
	 * @param ticksExpected the ticks a free loop makes in that time
	 * @param longestTickGapMs the longest time between two ticks: how long the loop stood
	 * still
	 * @param calls each call (the first lab.limits.timeline-entries / 2)
	 */
	public record ExecutorPhase(String how, double durationMs, long ticks, long ticksExpected, double longestTickGapMs,
			List<BlockingCall> calls) {
	}

	/**
	 * One blocking call.
	 *
	 * @param task its index
	 * @param thread the thread it blocked
	 * @param startMs its start, in ms since its phase began
	 * @param endMs its end, in ms since its phase began
	 * @param ticksDuring how many times the loop ticked while it ran
	 */
	public record BlockingCall(int task, String thread, double startMs, double endMs, long ticksDuring) {
	}

}
