package org.concurrency.lab.experiment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bounds every experiment runs within, set under {@code lab.limits.*}.
 *
 * @param concurrentExperiments heavy experiments that may run at once; more are answered
 * 429
 * @param deadline wall-clock time after which a run is stopped and reported as timed out
 * @param grace how long stopping a run may wait for its threads and processes to end
 * @param timelineEntries timeline entries kept per run; later tasks are only counted
 * @param tasks tasks one run may start
 * @param platformThreads platform threads one run may start
 * @param processes child JVMs one run may start
 * @param httpTasks tasks of one run that may call the lab over loopback HTTP
 * @param delay the longest wait a task may ask for
 * @param work the largest work (hash steps) a computing task may ask for
 * @param history finished runs the lab keeps, newest first, for {@code GET /runs}
 * @param watchedThreads threads of one run whose states are sampled; a run that starts
 * more reports its thread states as skipped
 * @param waitingTasks tasks that only wait (on virtual threads or as timers) one run may
 * start: {@code io-bound/virtual-threads} and {@code io-bound/async} take up to this many
 * instead of {@code tasks}
 */
@ConfigurationProperties("lab.limits")
public record LabLimits(@DefaultValue("4") int concurrentExperiments, @DefaultValue("30s") Duration deadline,
		@DefaultValue("5s") Duration grace, @DefaultValue("200") int timelineEntries, @DefaultValue("100000") int tasks,
		@DefaultValue("1000") int platformThreads, @DefaultValue("8") int processes, @DefaultValue("500") int httpTasks,
		@DefaultValue("10s") Duration delay, @DefaultValue("2000000000") long work, @DefaultValue("100") int history,
		@DefaultValue("128") int watchedThreads, @DefaultValue("1000000") int waitingTasks) {

	/** The limits as shipped, for tests and tools that run experiments without Spring. */
	public static LabLimits defaults() {
		return new LabLimits(4, Duration.ofSeconds(30), Duration.ofSeconds(5), 200, 100_000, 1000, 8, 500,
				Duration.ofSeconds(10), 2_000_000_000L, 100, 128, 1_000_000);
	}

	public LabLimits withDeadline(Duration deadline) {
		return new LabLimits(this.concurrentExperiments, deadline, this.grace, this.timelineEntries, this.tasks,
				this.platformThreads, this.processes, this.httpTasks, this.delay, this.work, this.history,
				this.watchedThreads, this.waitingTasks);
	}

}
