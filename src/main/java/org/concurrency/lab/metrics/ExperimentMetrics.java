package org.concurrency.lab.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.ExperimentRejected;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunFinished;
import org.concurrency.lab.experiment.RunStatus;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every run twice: in the seed's per-operation summary (which {@code POST
 * /metrics/reset} clears) and in Micrometer meters for Prometheus (which, as Prometheus
 * counters must, only ever grow).
 */
@Component
public class ExperimentMetrics {

	private final ConcurrentMap<String, OperationStats> operations = new ConcurrentHashMap<>();

	private final MeterRegistry registry;

	private final Counter platformThreads;

	private final Counter virtualThreads;

	private final Counter processes;

	private final Duration[] buckets;

	ExperimentMetrics(MeterRegistry registry, ExperimentEngine engine) {
		this.registry = registry;
		this.buckets = buckets(engine.limits().deadline(), engine.limits().grace());
		this.platformThreads = Counter.builder("lab.threads.started")
			.description("Threads started by experiments")
			.tag("kind", "platform")
			.register(registry);
		this.virtualThreads = Counter.builder("lab.threads.started")
			.description("Threads started by experiments")
			.tag("kind", "virtual")
			.register(registry);
		this.processes = Counter.builder("lab.processes.started")
			.description("Child JVMs started by experiments")
			.register(registry);
		Gauge.builder("lab.experiments.active", engine, ExperimentEngine::runningCount)
			.description("Experiments running now")
			.register(registry);
		Gauge.builder("lab.processes.live", () -> ProcessHandle.current().children().count())
			.description("Child processes of the lab alive now")
			.register(registry);
	}

	@EventListener
	void finished(RunFinished run) {
		Report<?, ?> report = run.report();
		this.operations.computeIfAbsent(report.operation(), (name) -> new OperationStats())
			.add(report.duration(), report.status() == RunStatus.COMPLETED);
		Timer.builder("lab.experiment.duration")
			.description("Wall time of experiment runs")
			.tag("experiment", report.experiment())
			.tag("method", report.method())
			.tag("outcome", report.status().label())
			.serviceLevelObjectives(this.buckets)
			.maximumExpectedValue(this.buckets[this.buckets.length - 1])
			.register(this.registry)
			.record(Duration.ofNanos((long) (report.durationMs() * 1e6)));
		this.platformThreads.increment(run.platformThreadsStarted());
		this.virtualThreads.increment(run.virtualThreadsStarted());
		this.processes.increment(run.processesStarted());
	}

	/**
	 * The duration histogram's buckets: 1, 2.5 and 5 times each power of ten from 1 ms up
	 * to the deadline, the deadline, and the deadline plus the grace period: a run
	 * stopped at its deadline is answered once its threads and processes have ended, up
	 * to {@code lab.limits.grace} later. With the shipped 30 s and 5 s that is 16 buckets
	 * and {@code +Inf}, where Micrometer's percentile histogram publishes 69.
	 */
	static Duration[] buckets(Duration deadline, Duration grace) {
		List<Duration> buckets = new ArrayList<>();
		for (long decade = 1; decade * 1_000_000L < deadline.toNanos(); decade *= 10) {
			for (long step : new long[] { 10, 25, 50 }) {
				Duration bucket = Duration.ofNanos(decade * step * 100_000L);
				if (bucket.compareTo(deadline) < 0) {
					buckets.add(bucket);
				}
			}
		}
		buckets.add(deadline);
		if (grace.isPositive()) {
			buckets.add(deadline.plus(grace));
		}
		return buckets.toArray(Duration[]::new);
	}

	@EventListener
	void rejected(ExperimentRejected rejected) {
		Counter.builder("lab.experiments.rejected")
			.description("Experiments refused with 429 because too many ran at once")
			.tag("experiment", rejected.experiment())
			.tag("method", rejected.method())
			.register(this.registry)
			.increment();
	}

	Map<String, OperationStats.Summary> summary() {
		Map<String, OperationStats.Summary> summary = new TreeMap<>();
		this.operations.forEach((name, stats) -> summary.put(name, stats.summary()));
		return summary;
	}

	Optional<OperationStats.Summary> operation(String name) {
		return Optional.ofNullable(this.operations.get(name)).map(OperationStats::summary);
	}

	void reset() {
		this.operations.clear();
	}

}
