package org.concurrency.lab.experiment;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ResolvableType;

/**
 * A topic's {@code compare}: every variant run on the same request, one after the other,
 * each as a part with an even share of the time left, with each one's speedup over the
 * first (the sequential baseline). A variant whose own limits the request breaks is
 * listed as skipped.
 *
 * @param <P> the request every variant takes
 * @param variants the variants in order, the baseline first
 * @param lesson the note of a completed comparison
 * @param shown what each run's result shows beside its figures, or {@code null}
 */
public record Comparison<P extends LabRequest>(List<? extends Variant<P, ?>> variants,
		BiFunction<P, Result, String> lesson,
		Function<Object, @Nullable Object> shown) implements Variant<P, Comparison.Result> {

	/** Compares {@code variants}, the baseline first, showing only their figures. */
	public static <P extends LabRequest> Comparison<P> of(List<? extends Variant<P, ?>> variants,
			BiFunction<P, Result, String> lesson) {
		return new Comparison<>(variants, lesson, (result) -> null);
	}

	/** The same comparison, each run also showing {@code shown} of its result. */
	public Comparison<P> showing(Function<Object, @Nullable Object> shown) {
		return new Comparison<>(this.variants, this.lesson, shown);
	}

	@Override
	public String topic() {
		return this.variants.getFirst().topic();
	}

	@Override
	public String label() {
		return "compare";
	}

	@Override
	public String summary() {
		return "Every method on the same tasks, with each one's speedup over " + this.variants.getFirst().label();
	}

	@Override
	public Class<?> requestType() {
		return this.variants.getFirst().requestType();
	}

	/** This class, then the variants it compares. */
	@Override
	public List<Class<?>> sourceClasses() {
		List<Class<?>> classes = new ArrayList<>(List.of(Comparison.class));
		this.variants.stream()
			.flatMap((variant) -> variant.sourceClasses().stream())
			.filter((type) -> !classes.contains(type))
			.forEach(classes::add);
		return classes;
	}

	@Override
	public Type reportType() {
		return ResolvableType.forClassWithGenerics(Report.class, requestType(), Result.class).getType();
	}

	@Override
	public Result run(P request, RunContext context) {
		List<Run> runs = new ArrayList<>();
		Double baseline = null;
		int left = this.variants.size();
		for (Variant<P, ?> variant : this.variants) {
			LimitCheck check = context.check(variant, request);
			if (!check.passed()) {
				runs.add(Run.skipped(variant.label(),
						check.violations()
							.stream()
							.map((violation) -> violation.field() + " is over " + violation.limit())
							.collect(Collectors.joining("; "))));
				left--;
				continue;
			}
			Duration share = context.remaining().dividedBy(left--);
			Report<P, ?> report;
			try {
				report = context.runPart(variant, request, share);
			}
			catch (LimitExceededException ex) { // the heap cannot hold it
				runs.add(Run.skipped(variant.label(),
						ex.violations()
							.stream()
							.map((violation) -> violation.field() + " is over " + violation.limit())
							.collect(Collectors.joining("; "))));
				continue;
			}
			catch (ExperimentsBusyException ex) { // the heap it needs is held by other
													// runs
				runs.add(Run.skipped(variant.label(), ex.getMessage()));
				continue;
			}
			if (runs.isEmpty() && report.status() == RunStatus.COMPLETED) {
				baseline = report.duration();
			}
			runs.add(Run.of(report, baseline, (report.result() != null) ? this.shown.apply(report.result()) : null));
		}
		Run fastest = runs.stream()
			.filter((run) -> RunStatus.COMPLETED.label().equals(run.status()))
			.min((a, b) -> Double.compare(a.duration(), b.duration()))
			.orElse(null);
		return new Result(runs, (fastest != null) ? fastest.method() : null);
	}

	@Override
	public String note(P request, Result result) {
		return this.lesson.apply(request, result);
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
	 * @param result what the run computed, where every method must compute the same
	 * @param note what the run shows, or why it was skipped
	 */
	public record Run(String method, String status, double duration, double durationMs, double cpuTimeMs,
			Report.@Nullable ThreadCounts threads, Report.@Nullable ProcessCounts processes, @Nullable Double speedup,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Object result, String note) {

		static Run of(Report<?, ?> report, @Nullable Double baseline, @Nullable Object result) {
			Double speedup = (baseline != null && report.status() == RunStatus.COMPLETED && report.duration() > 0)
					? Math.round(baseline / report.duration() * 100) / 100.0 : null;
			return new Run(report.method(), report.status().label(), report.duration(), report.durationMs(),
					report.cpuTimeMs(), report.threads(), report.processes(), speedup, result, report.note());
		}

		static Run skipped(String method, String reason) {
			return new Run(method, "skipped", 0, 0, 0, null, null, null, null, reason);
		}

	}

}
