package org.concurrency.lab.structured;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * What a structured-concurrency lesson saw; each lesson fills in what it shows.
 *
 * @param jdk the JDK that ran it, and the flag the preview API needs
 * @param approaches each way the same subtasks were run, the scope first
 * @param tree the scope's tree as the JDK's JSON thread dump showed it during the run
 * ({@code all-succeed})
 * @param winner the subtask whose result the scope returned ({@code first-success})
 * @param timedOut whether the scope's timeout came before every subtask ended
 * ({@code timeout})
 * @param values what each task saw of a value bound in the parent ({@code scoped-values})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StructuredResult(String jdk, List<Approach> approaches, @Nullable List<Container> tree,
		@Nullable String winner, @Nullable Boolean timedOut, @Nullable List<Reading> values) {

	/** The JDK the lessons run on, and its preview flag. */
	public static String runningJdk() {
		return "JDK " + Runtime.version() + " --enable-preview";
	}

	/**
	 * One way of running the subtasks.
	 *
	 * @param approach {@code structured-task-scope}, {@code executor-service},
	 * {@code completable-future-all-of} …
	 * @param outcome what the caller got back, and when
	 * @param failedAtMs when a subtask failed, since the run began, where one did
	 * @param callerReturnedMs when the caller had its answer (result or failure)
	 * @param subtasks each subtask, in fork order
	 */
	public record Approach(String approach, String outcome, @Nullable Double failedAtMs, double callerReturnedMs,
			List<Subtask> subtasks) {

		/** Subtasks that ended in {@code state}. */
		public long count(String state) {
			return this.subtasks.stream().filter((subtask) -> subtask.state().equals(state)).count();
		}

		/** Steps of work the subtasks began after the failure, added up. */
		public int stepsAfterFailure() {
			return this.subtasks.stream().mapToInt(Subtask::stepsAfterFailure).sum();
		}

		/** How long after the failure the last subtask ended, or {@code 0}. */
		public double lastStoppedAfterFailureMs() {
			return this.subtasks.stream()
				.map(Subtask::stoppedAfterFailureMs)
				.filter(Objects::nonNull)
				.mapToDouble(Double::doubleValue)
				.max()
				.orElse(0);
		}

	}

	/**
	 * One subtask.
	 *
	 * @param name its thread
	 * @param state {@code SUCCESS}, {@code FAILED}, or {@code CANCELLED} (interrupted by
	 * its scope) or {@code UNAVAILABLE}
	 * @param value what it returned, where it did
	 * @param startedMs when it began
	 * @param endedMs when it ended
	 * @param steps 10-ms steps of work it did
	 * @param stepsAfterFailure of those, the steps begun after a sibling failed
	 * @param stoppedAfterFailureMs how long after the failure it ended, where one failed
	 */
	public record Subtask(String name, String state, @Nullable Integer value, double startedMs, double endedMs,
			int steps, int stepsAfterFailure, @Nullable Double stoppedAfterFailureMs) {
	}

	/**
	 * A thread container of the JSON thread dump.
	 *
	 * @param container its name
	 * @param parent the container it is in
	 * @param owner the thread that opened it, by name
	 * @param threads the threads in it, by name
	 */
	public record Container(String container, @Nullable String parent, @Nullable String owner, List<String> threads) {
	}

	/**
	 * What one task saw of a value the parent bound.
	 *
	 * @param mechanism {@code ScopedValue}, {@code ThreadLocal} or
	 * {@code InheritableThreadLocal}
	 * @param where on which thread, and when
	 * @param expected what the parent had bound then
	 * @param seen what the task read
	 */
	public record Reading(String mechanism, String where, String expected, @Nullable String seen) {

		/** Whether the task saw what the parent had bound. */
		public boolean right() {
			return this.expected.equals(this.seen);
		}

	}

}
