package org.concurrency.lab.experiment;

import org.jspecify.annotations.Nullable;

/**
 * When one task ran and on what.
 *
 * @param task the task's index
 * @param worker the thread, or the process ({@code pid 1234}), that ran it
 * @param virtual whether the worker was a virtual thread
 * @param carrier the platform thread a virtual thread was mounted on when the task ended,
 * as the JVM names it
 * @param startMs start, in milliseconds since the run began
 * @param endMs end, in milliseconds since the run began
 */
public record TimelineEntry(int task, String worker, boolean virtual, @Nullable String carrier, double startMs,
		double endMs) {

	/** The thread the calling code runs on, as a worker of a timeline entry. */
	static TimelineEntry onCurrentThread(int task, double startMs, double endMs) {
		Thread thread = Thread.currentThread();
		return new TimelineEntry(task, thread.getName(), thread.isVirtual(), carrierOf(thread), startMs, endMs);
	}

	/**
	 * The carrier of a virtual thread, read from its {@code toString}, which the JDK
	 * writes as {@code VirtualThread[#22,name]/runnable@ForkJoinPool-1-worker-1} while
	 * mounted.
	 */
	static @Nullable String carrierOf(Thread thread) {
		if (!thread.isVirtual()) {
			return null;
		}
		String description = thread.toString();
		int at = description.lastIndexOf('@');
		return (at >= 0) ? description.substring(at + 1) : null;
	}

}
