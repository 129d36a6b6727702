package org.concurrency.lab.experiment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Runs every method of a topic on the same parameters, one after the other, each as a
 * part with an even share of the time left, and reports each one's speedup over the first
 * (the sequential baseline). A method whose limits the parameters exceed is listed as
 * skipped.
 */
public final class Comparison {

	private Comparison() {
	}

	/**
	 * @param methods the methods in order, the baseline first; a method mapped to a
	 * non-null reason is skipped for that reason
	 */
	public static <P> Result run(RunContext context, P params, Map<String, Experiment<P, ?>> methods,
			Map<String, String> skipped) {
		List<Run> runs = new ArrayList<>();
		Double baseline = null;
		int left = methods.size();
		for (Map.Entry<String, Experiment<P, ?>> method : methods.entrySet()) {
			String reason = skipped.get(method.getKey());
			if (reason != null) {
				runs.add(Run.skipped(method.getKey(), reason));
				left--;
				continue;
			}
			Duration share = context.remaining().dividedBy(left--);
			Report<P, ?> report = context.runPart(method.getKey(), params, method.getValue(), share);
			if (runs.isEmpty() && report.status() == RunStatus.COMPLETED) {
				baseline = report.duration();
			}
			runs.add(Run.of(report, baseline));
		}
		Run fastest = runs.stream()
			.filter((run) -> RunStatus.COMPLETED.label().equals(run.status()))
			.min((a, b) -> Double.compare(a.duration(), b.duration()))
			.orElse(null);
		return new Result(runs, (fastest != null) ? fastest.method() : null);
	}

	/**
	 * What a comparison found.
	 *
	 * @param runs one entry per method, in the order run
	 * @param fastest the method that completed in the least wall time
	 */
	public record Result(List<Run> runs, @Nullable String fastest) {
	}

	/**
	 * One method's run within a comparison.
	 *
	 * @param method the method
	 * @param status its status, or {@code skipped}
	 * @param duration wall time in seconds
	 * @param durationMs wall time in milliseconds
	 * @param cpuTimeMs CPU time used
	 * @param threads threads it started
	 * @param processes child JVMs it started
	 * @param speedup the baseline's duration divided by this one's
	 * @param note what the run shows, or why it was skipped
	 */
	public record Run(String method, String status, double duration, double durationMs, double cpuTimeMs,
			Report.@Nullable ThreadCounts threads, Report.@Nullable ProcessCounts processes, @Nullable Double speedup,
			String note) {

		static Run of(Report<?, ?> report, @Nullable Double baseline) {
			Double speedup = (baseline != null && report.status() == RunStatus.COMPLETED && report.duration() > 0)
					? Math.round(baseline / report.duration() * 100) / 100.0 : null;
			return new Run(report.method(), report.status().label(), report.duration(), report.durationMs(),
					report.cpuTimeMs(), report.threads(), report.processes(), speedup, report.note());
		}

		static Run skipped(String method, String reason) {
			return new Run(method, "skipped", 0, 0, 0, null, null, null, reason);
		}

	}

}
