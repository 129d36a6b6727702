package org.concurrency.lab.experiment;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * What a run's threads were doing over time: per worker, the spans of each
 * {@link Thread.State} it was in, and what it waited for. Absent workers and a
 * {@code skipped} reason when the run had more threads than the lab watches.
 *
 * @param source how the states were seen: {@code sampling}
 * @param sampledEveryMs how often each thread's state was read; its start and its end are
 * exact, told by the lab's thread factories
 * @param workers one lane per thread, in the order they were created
 * @param skipped why the states were not watched, where they were not
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ThreadStates(@Nullable String source, @Nullable Integer sampledEveryMs, @Nullable List<Worker> workers,
		@Nullable String skipped) {

	static ThreadStates sampled(int everyMs, List<Worker> workers) {
		return new ThreadStates("sampling", everyMs, workers, null);
	}

	static ThreadStates skipped(String why) {
		return new ThreadStates(null, null, null, why);
	}

	/**
	 * One thread's lane.
	 *
	 * @param worker the thread's name, as the timeline names it
	 * @param virtual whether it is a virtual thread
	 * @param spans its states in order, each ending where the next begins
	 * @param truncated whether spans of it were dropped: the run changed states more
	 * often than the lab keeps
	 */
	public record Worker(String worker, boolean virtual, List<Span> spans,
			@JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean truncated) {
	}

	/**
	 * One state, from {@code startMs} to {@code endMs} since the run began.
	 *
	 * @param state the {@link Thread.State} name
	 * @param startMs when the thread entered it
	 * @param endMs when it left it, or the run ended
	 * @param lock what a blocked or waiting thread waited for, and who held it, where the
	 * JVM tells
	 */
	public record Span(String state, double startMs, double endMs,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String lock) {
	}

}
