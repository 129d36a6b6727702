package org.concurrency.lab.async;

import java.util.List;

/**
 * What {@code threads-and-loop} found: results handed back from worker threads to the
 * loop two ways, and coroutines handed from threads to the loop.
 *
 * @param tickMs the loop's heartbeat period
 * @param loopThread the loop's one thread
 * @param fromTheWorker each worker completed its future itself, on its own thread
 * @param threadsafe each worker handed the completion to the loop
 * ({@code call_soon_threadsafe})
 * @param coroutines worker threads that each ran a coroutine on the loop and waited for
 * it ({@code run_coroutine_threadsafe})
 * @param fromTheLoop the same wait made by the loop's own thread
 */
public record ThreadsAndLoopResult(double tickMs, String loopThread, Handoff fromTheWorker, Handoff threadsafe,
		CoroutineCalls coroutines, LoopWait fromTheLoop) {

	/**
	 * Blocking calls on worker threads whose results come back to the loop as callbacks.
	 *
	 * @param how how each result was handed back
	 * @param calls blocking calls made
	 * @param callbacks callbacks that ran
	 * @param callbacksOnLoop callbacks that ran on the loop's thread
	 * @param callbacksOffLoop callbacks that ran on another thread
	 * @param callbackThreads the threads the callbacks ran on
	 * @param stateTouchedBy the threads that touched the loop's tally (which has no lock:
	 * only the loop should touch it)
	 * @param overlappingTouches touches of the tally while another thread was touching it
	 * @param rowsExpected rows the callbacks folded into the tally
	 * @param rowsCounted rows the tally counted
	 * @param rowsLost rows expected and not counted: increments lost to the race
	 * @param durationMs from the first call's start until every callback had run
	 * @param heartbeat the loop's ticks meanwhile
	 */
	public record Handoff(String how, int calls, int callbacks, int callbacksOnLoop, int callbacksOffLoop,
			List<String> callbackThreads, List<String> stateTouchedBy, long overlappingTouches, long rowsExpected,
			long rowsCounted, long rowsLost, double durationMs, Ticks heartbeat) {
	}

	/**
	 * Coroutines that worker threads ran on the loop and waited for.
	 *
	 * @param how how they were handed to the loop
	 * @param submitted coroutines submitted
	 * @param answered coroutines whose future the waiting thread got, with its own answer
	 * @param coroutineThreads the threads the coroutines ran on
	 * @param waitingThreads the threads that waited for them
	 * @param durationMs from the first submission until every thread had its answer
	 * @param heartbeat the loop's ticks meanwhile
	 */
	public record CoroutineCalls(String how, int submitted, int answered, List<String> coroutineThreads,
			List<String> waitingThreads, double durationMs, Ticks heartbeat) {
	}

	/**
	 * A coroutine submitted by the loop's own thread, which then waited for it.
	 *
	 * @param how what the loop did
	 * @param patienceMs how long it waited before it gave up
	 * @param gaveUp whether the wait ended without the coroutine's answer
	 * @param coroutineStartedMs when the coroutine began, in ms since the wait began:
	 * only once the loop's thread was free again
	 * @param longestTickGapMs how long the loop stood still
	 */
	public record LoopWait(String how, double patienceMs, boolean gaveUp, double coroutineStartedMs,
			double longestTickGapMs) {
	}

	/**
	 * The loop's heartbeat during one part.
	 *
	 * @param ticks ticks counted
	 * @param ticksExpected ticks a free loop makes in that time
	 * @param longestGapMs the longest time between two ticks
	 */
	public record Ticks(long ticks, long ticksExpected, double longestGapMs) {
	}

}
