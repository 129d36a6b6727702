package org.concurrency.lab.experiment;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

/**
 * What one run of an experiment did, as every topic reports it: the common fields, then
 * the topic's own result beside them.
 *
 * @param <P> the effective parameters
 * @param <R> the topic-specific result
 * @param experiment the topic, e.g. {@code io-bound}
 * @param method the variant, e.g. {@code virtual-threads}
 * @param params the effective parameters, defaults filled in
 * @param duration wall time in seconds
 * @param durationMs wall time in milliseconds
 * @param cpuTimeMs CPU time the lab's JVM and its child JVMs used during the run
 * @param threads threads the run started
 * @param processes child JVMs the run started
 * @param heapDeltaMb heap used after the run minus before it
 * @param timeline one entry per task, for the first tasks
 * @param timelineTruncated whether there were more tasks than timeline entries
 * @param completedTasks tasks that finished
 * @param note what this run shows and why, in one line
 * @param status how the run ended
 * @param result the topic's own fields, absent unless the run completed
 * @param runId the run's id in the lab's history
 * @param startedAt when the run began
 * @param links where to find the run again, its trace and the code that ran
 * @param threadStates what the run's threads were doing over time, where they were
 * watched
 * @param tracks lanes of the run's own beside its threads (the simulated GIL's holder)
 */
@JsonPropertyOrder({ "experiment", "method", "run_id", "status", "params", "duration", "duration_ms", "cpu_time_ms" })
public record Report<P, R>(String experiment, String method, P params, double duration, double durationMs,
		double cpuTimeMs, ThreadCounts threads, ProcessCounts processes, double heapDeltaMb,
		List<TimelineEntry> timeline, boolean timelineTruncated, int completedTasks, String note, RunStatus status,
		@JsonUnwrapped @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable R result, String runId, Instant startedAt,
		Links links, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable ThreadStates threadStates,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Track.Spans> tracks) {

	/** The name metrics are kept under: {@code <experiment>_<method>}. */
	public String operation() {
		return this.experiment + "_" + this.method;
	}

	/**
	 * Where a run is found again.
	 *
	 * @param self its report, {@code /runs/{id}}
	 * @param trace its Chrome Trace Event JSON, {@code /runs/{id}/trace}
	 * @param source the Java source of its variant
	 */
	public record Links(String self, String trace, String source) {

		static Links of(String runId, String topic, String variant) {
			return new Links("/runs/" + runId, "/runs/" + runId + "/trace",
					"/experiments/" + topic + "/" + variant + "/source");
		}

	}

	/**
	 * Threads a run started.
	 *
	 * @param platformStarted platform threads started
	 * @param virtualStarted virtual threads started
	 * @param platformPeak the most of the run's platform threads alive at one time
	 */
	public record ThreadCounts(int platformStarted, long virtualStarted, int platformPeak) {
	}

	/**
	 * Child JVMs a run started.
	 *
	 * @param spawned how many
	 * @param pids their process ids
	 * @param startupMs for each, time from launch until its main method ran
	 */
	public record ProcessCounts(int spawned, List<Long> pids, List<Double> startupMs) {
	}

}
