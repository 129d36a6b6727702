package org.concurrency.lab.experiment;

/**
 * Follows a run as it goes, for a client that watches it live. Told on the run's own
 * threads, so it must only hand the news on, never wait.
 */
public interface RunObserver {

	/** Follows nothing: a plain request's run. */
	RunObserver NONE = new RunObserver() {
	};

	/** The run was admitted and starts now. */
	default void started(RunStarted started) {
	}

	/** A task ended, among the first the timeline keeps. */
	default void task(TimelineEntry entry) {
	}

}
