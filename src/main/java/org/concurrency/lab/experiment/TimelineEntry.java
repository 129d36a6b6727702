package org.concurrency.lab.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param busyMs of that span, the time the task really ran, where it ran only part of it
 * (under the simulated GIL, a thread computes only while it holds the lock); absent when
 * it ran throughout
 */
public record TimelineEntry(int task, String worker, boolean virtual, @Nullable String carrier, double startMs,
		double endMs, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Double busyMs) {

	public TimelineEntry(int task, String worker, boolean virtual, @Nullable String carrier, double startMs,
			double endMs) {
		this(task, worker, virtual, carrier, startMs, endMs, null);
	}

	/** The thread the calling code runs on, as a worker of a timeline entry. */
	static TimelineEntry onCurrentThread(int task, double startMs, double endMs, @Nullable Double busyMs) {
		Thread thread = Thread.currentThread();
		return new TimelineEntry(task, thread.getName(), thread.isVirtual(), carrierOf(thread), startMs, endMs, busyMs);
	}

	/** The share of its span the task really ran: 1 unless {@code busyMs} says less. */
	double busyFraction() {
		double span = this.endMs - this.startMs;
		return (this.busyMs == null || span <= 0) ? 1.0 : Math.min(1.0, this.busyMs / span);
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
