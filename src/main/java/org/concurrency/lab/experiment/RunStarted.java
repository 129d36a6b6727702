package org.concurrency.lab.experiment;

import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A run admitted and starting: what a live client is told first.
 *
 * @param runId its id, as {@code GET /runs/{id}} will know it
 * @param experiment its topic
 * @param method its variant
 * @param params its effective parameters
 * @param deadlineMs the wall time it may take before it is stopped
 * @param progress where it stands, read at any moment
 */
public record RunStarted(String runId, String experiment, String method, Object params, long deadlineMs,
		@JsonIgnore Supplier<Progress> progress) {

	/**
	 * Where a run stands.
	 *
	 * @param completedTasks tasks that finished
	 * @param elapsedMs wall time since it began
	 */
	public record Progress(int completedTasks, double elapsedMs) {
	}

}
