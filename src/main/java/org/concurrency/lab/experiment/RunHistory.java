package org.concurrency.lab.experiment;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The lab's last runs, newest first, at most {@code lab.limits.history}: what
 * {@code GET /runs} lists and {@code GET /runs/{id}} gives back. Held in memory: a
 * restart forgets them.
 */
public final class RunHistory {

	private final int capacity;

	private final Deque<Report<?, ?>> runs = new ArrayDeque<>();

	RunHistory(int capacity) {
		this.capacity = capacity;
	}

	synchronized void add(Report<?, ?> report) {
		if (this.capacity <= 0) {
			return;
		}
		this.runs.addFirst(report);
		while (this.runs.size() > this.capacity) {
			this.runs.removeLast();
		}
	}

	/** The runs kept, newest first. */
	public synchronized List<Summary> list() {
		return this.runs.stream().map(Summary::of).toList();
	}

	/** The most runs kept. */
	public int capacity() {
		return this.capacity;
	}

	public synchronized Optional<Report<?, ?>> find(String runId) {
		return this.runs.stream().filter((report) -> report.runId().equals(runId)).findFirst();
	}

	/**
	 * One run, as {@code GET /runs} lists it.
	 *
	 * @param runId its id
	 * @param experiment its topic
	 * @param method its variant
	 * @param status how it ended
	 * @param duration its wall time in seconds
	 * @param startedAt when it began
	 */
	public record Summary(String runId, String experiment, String method, RunStatus status, double duration,
			Instant startedAt) {

		static Summary of(Report<?, ?> report) {
			return new Summary(report.runId(), report.experiment(), report.method(), report.status(), report.duration(),
					report.startedAt());
		}

	}

}
