package org.concurrency.lab.virtualthread;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What {@code tasks} virtual threads blocking once on a few carriers did, and what the
 * JDK recorded of their pinning.
 *
 * @param pin how each blocked
 * @param jdk the JDK the child JVM ran, and the flags that set its carriers
 * @param carriersSeen the carriers the tasks were mounted on: as many as {@code workers}
 * at most
 * @param wallMs from the first task's start to the last one's end
 * @param oneWaitMs one task's wait: the wall time if they all wait at once
 * @param pinnedBoundMs {@code ⌈tasks ÷ workers⌉} waits: the least wall time if each one
 * holds its carrier while it waits
 * @param atOnce the most tasks that were waiting at the same moment
 * @param pinnedEvents {@code jdk.VirtualThreadPinned} events the JDK recorded during the
 * run
 * @param pinnedWaits of those, the ones of a task's own wait (the lab's wait is on their
 * stack); the others are the JDK's own brief pins, if any
 * @param pinnedMs the events' durations, summed
 * @param events the first events, each with its stack's frames from the wait down
 */
public record PinningResult(String pin, JdkInfo jdk, List<String> carriersSeen, double wallMs, double oneWaitMs,
		double pinnedBoundMs, int atOnce, int pinnedEvents, int pinnedWaits, double pinnedMs,
		List<PinnedEvent> events) {

	/**
	 * One {@code jdk.VirtualThreadPinned} event.
	 *
	 * @param thread the virtual thread that was pinned
	 * @param carrier the carrier it held meanwhile
	 * @param atMs when it began, from the first task's start
	 * @param durationMs how long the carrier was held
	 * @param blockingOperation what the virtual thread blocked in, as the JDK says
	 * @param pinnedReason why it could not unmount, as the JDK says
	 * @param pinnedBy the frame below the wait that pinned it: a class initialiser, or
	 * the frame that called into native code
	 * @param ofTheWait whether the lab's own wait is on its stack
	 * @param frames the stack from the wait down (the method handles' plumbing left out)
	 */
	public record PinnedEvent(String thread, String carrier, double atMs, double durationMs, String blockingOperation,
			String pinnedReason, @JsonInclude(JsonInclude.Include.NON_EMPTY) String pinnedBy, boolean ofTheWait,
			List<String> frames) {
	}

}
