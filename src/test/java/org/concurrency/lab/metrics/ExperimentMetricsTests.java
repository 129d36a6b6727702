package org.concurrency.lab.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.ExperimentRejected;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunFinished;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExperimentMetricsTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final ExperimentMetrics metrics = new ExperimentMetrics(this.registry,
			new ExperimentEngine(LabLimits.defaults(), (event) -> {
			}));

	@Test
	void finishedShouldRecordTheSummaryAndTheMeters() {
		this.metrics.finished(new RunFinished(report("virtual-threads", RunStatus.COMPLETED, 1.5), 0, 100, 0));
		this.metrics.finished(new RunFinished(report("virtual-threads", RunStatus.TIMED_OUT, 30), 2, 0, 3));
		assertThat(this.metrics.operation("io-bound_virtual-threads")).hasValueSatisfying((summary) -> {
			assertThat(summary.count()).isEqualTo(2);
			assertThat(summary.successes()).isEqualTo(1);
			assertThat(summary.maxDuration()).isEqualTo(30.0);
		});
		assertThat(this.registry.get("lab.experiment.duration")
			.tags("experiment", "io-bound", "method", "virtual-threads", "outcome", "timed_out")
			.timer()
			.count()).isEqualTo(1);
		assertThat(this.registry.get("lab.threads.started").tag("kind", "virtual").counter().count()).isEqualTo(100);
		assertThat(this.registry.get("lab.threads.started").tag("kind", "platform").counter().count()).isEqualTo(2);
		assertThat(this.registry.get("lab.processes.started").counter().count()).isEqualTo(3);
	}

	@Test
	void bucketsShouldRunFromOneMillisecondToTheDeadlineAndItsGrace() {
		assertThat(ExperimentMetrics.buckets(Duration.ofSeconds(30), Duration.ofSeconds(5)))
			.extracting(Duration::toMillis)
			.containsExactly(1L, 2L, 5L, 10L, 25L, 50L, 100L, 250L, 500L, 1000L, 2500L, 5000L, 10000L, 25000L, 30000L,
					35000L);
		assertThat(ExperimentMetrics.buckets(Duration.ofSeconds(10), Duration.ZERO)).extracting(Duration::toMillis)
			.endsWith(5000L, 10000L)
			.doesNotHaveDuplicates();
	}

	@Test
	void scrapeShouldAnswerAtMostTwentyBucketSeriesForEachOperationAndOutcome() {
		PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
		ExperimentMetrics metrics = new ExperimentMetrics(prometheus,
				new ExperimentEngine(LabLimits.defaults(), (event) -> {
				}));
		metrics.finished(new RunFinished(report("virtual-threads", RunStatus.COMPLETED, 1.5), 0, 100, 0));
		metrics.finished(new RunFinished(report("virtual-threads", RunStatus.COMPLETED, 0.002), 0, 100, 0));
		List<String> series = prometheus.scrape()
			.lines()
			.filter((line) -> line.startsWith("lab_experiment_duration_seconds_bucket{"))
			.toList();
		// 17 buckets and +Inf: within the 20 bucket series an operation and outcome may
		// have
		assertThat(series).hasSize(17)
			.contains(
					"lab_experiment_duration_seconds_bucket{experiment=\"io-bound\",method=\"virtual-threads\","
							+ "outcome=\"completed\",le=\"0.0025\"} 1",
					"lab_experiment_duration_seconds_bucket{experiment=\"io-bound\",method=\"virtual-threads\","
							+ "outcome=\"completed\",le=\"+Inf\"} 2");
	}

	@Test
	void rejectedShouldBeCounted() {
		this.metrics.rejected(new ExperimentRejected("cpu-bound", "compare"));
		assertThat(this.registry.get("lab.experiments.rejected").tag("method", "compare").counter().count())
			.isEqualTo(1);
	}

	@Test
	void resetShouldClearTheSummaryButNotTheCounters() {
		this.metrics.finished(new RunFinished(report("async", RunStatus.COMPLETED, 1), 1, 0, 0));
		this.metrics.reset();
		assertThat(this.metrics.summary()).isEmpty();
		assertThat(this.metrics.operation("io-bound_async")).isEmpty();
		assertThat(this.registry.get("lab.threads.started").tag("kind", "platform").counter().count()).isEqualTo(1);
	}

	private static Report<String, String> report(String method, RunStatus status, double seconds) {
		return new Report<>("io-bound", method, "p", seconds, seconds * 1000, 1, new Report.ThreadCounts(0, 0, 0),
				new Report.ProcessCounts(0, List.of(), List.of()), 0, List.of(), false, 0, "", status, null, "r1",
				Instant.EPOCH,
				new Report.Links("/runs/r1", "/runs/r1/trace", "/experiments/io-bound/" + method + "/source"), null,
				List.of());
	}

}
