package org.concurrency.lab.pattern;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * What {@code pipeline} found.
 *
 * @param items the numbers 1..items sent in
 * @param expected the sum of their squares, n(n+1)(2n+1)/6
 * @param pipeline the pipeline run to its end, or cancelled as a whole
 * @param headOnly with {@code cancel_after_ms}: the same pipeline cancelled by its head
 * only
 */
public record PipelineResult(long items, long expected, PipelineRun pipeline,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable PipelineRun headOnly) {

	/**
	 * One run of the pipeline.
	 *
	 * @param how how it ended
	 * @param cancelled whether it was cancelled before it finished
	 * @param cancelledAtMs when, in ms since it started; -1 if not
	 * @param complete whether every item reached the end
	 * @param result the sum of squares the aggregate stage reached
	 * @param itemsPerStage items each stage passed on, all its threads together
	 * @param stages each stage thread: its items and how it ended
	 * @param leftRunning stage threads still running after the head was cancelled (before
	 * the lab ended them)
	 * @param threadsAliveAfter the run's threads alive once it said it was done
	 * @param durationMs how long the run took
	 */
	public record PipelineRun(String how, boolean cancelled, double cancelledAtMs, boolean complete, long result,
			Map<String, Long> itemsPerStage, List<PipelineStage> stages, List<String> leftRunning,
			List<String> threadsAliveAfter, double durationMs) {
	}

	/**
	 * One thread of one stage.
	 *
	 * @param stage {@code generate}, {@code transform} or {@code aggregate}
	 * @param thread its thread
	 * @param items items it passed on
	 * @param ended {@code finished}, {@code cancelled}, or {@code running}
	 */
	public record PipelineStage(String stage, String thread, long items, String ended) {
	}

}
