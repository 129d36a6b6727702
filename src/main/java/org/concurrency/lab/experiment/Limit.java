package org.concurrency.lab.experiment;

import java.util.function.ToLongFunction;

/** A bound set under {@code lab.limits.*}, as a request is checked against it. */
public enum Limit {

	TASKS("lab.limits.tasks", LabLimits::tasks),

	/** At most the virtual threads a run can keep track of, whatever is configured. */
	WAITING_TASKS("lab.limits.waiting-tasks", (limits) -> Math.min(limits.waitingTasks(), ThreadTracker.MAX_VIRTUAL)),

	PLATFORM_THREADS("lab.limits.platform-threads", LabLimits::platformThreads),

	PROCESSES("lab.limits.processes", LabLimits::processes),

	HTTP_TASKS("lab.limits.http-tasks", LabLimits::httpTasks),

	/** In milliseconds. */
	DELAY("lab.limits.delay", (limits) -> limits.delay().toMillis()),

	WORK("lab.limits.work", LabLimits::work);

	private final String property;

	private final ToLongFunction<LabLimits> value;

	Limit(String property, ToLongFunction<LabLimits> value) {
		this.property = property;
		this.value = value;
	}

	/** The property that sets it, as error answers name it. */
	public String property() {
		return this.property;
	}

	/** Its value in {@code limits} (milliseconds for {@link #DELAY}). */
	public long of(LabLimits limits) {
		return this.value.applyAsLong(limits);
	}

}
