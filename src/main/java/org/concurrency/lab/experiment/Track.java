package org.concurrency.lab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A lane of a run's own beside its threads: who held something, when (the simulated GIL's
 * holder, turn by turn). Bounded: after {@link #SPANS} spans it only counts.
 */
public final class Track {

	static final int SPANS = 2_000;

	private final String name;

	private final LongFunction<Double> sinceStart;

	private final List<Span> spans = new ArrayList<>();

	private boolean truncated;

	Track(String name, LongFunction<Double> sinceStart) {
		this.name = name;
		this.sinceStart = sinceStart;
	}

	/**
	 * {@code label} held it from {@code startNanos} to {@code endNanos} (both
	 * {@link System#nanoTime()}).
	 */
	public synchronized void span(String label, long startNanos, long endNanos) {
		if (this.spans.size() < SPANS) {
			this.spans.add(new Span(label, this.sinceStart.apply(startNanos), this.sinceStart.apply(endNanos)));
		}
		else {
			this.truncated = true;
		}
	}

	synchronized Spans report() {
		return new Spans(this.name, List.copyOf(this.spans), this.truncated);
	}

	/**
	 * A track as the report shows it.
	 *
	 * @param name what it tracks, e.g. {@code GIL holder}
	 * @param spans in order
	 * @param truncated whether spans past the first {@link #SPANS} were dropped
	 */
	public record Spans(String name, List<Span> spans,
			@JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean truncated) {
	}

	/**
	 * One span of a track.
	 *
	 * @param label who held it
	 * @param startMs since the run began
	 * @param endMs since the run began
	 */
	public record Span(String label, double startMs, double endMs) {
	}

}
