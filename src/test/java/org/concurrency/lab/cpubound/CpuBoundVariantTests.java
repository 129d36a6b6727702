package org.concurrency.lab.cpubound;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Comparison;
import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LimitExceededException;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.Track;
import org.concurrency.lab.experiment.RunStatus;
import org.concurrency.lab.experiment.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CpuBoundVariantTests {

	private static final CpuBoundRequest SMALL = new CpuBoundRequest(5, 200_000L, 2);

	private final ExperimentEngine engine = Engines.of(LabLimits.defaults());

	@ParameterizedTest
	@EnumSource(CpuBoundVariant.class)
	void runShouldComputeTheSameResultByEveryMethod(CpuBoundVariant method) {
		Report<CpuBoundRequest, CpuBoundResult> sequential = this.engine.run(CpuBoundVariant.SEQUENTIAL, SMALL);
		Report<CpuBoundRequest, CpuBoundResult> report = this.engine.run(method, SMALL);
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(report.result().result()).isEqualTo(sequential.result().result());
		assertThat(report.result().tasks()).isEqualTo(5);
		assertThat(report.completedTasks()).isEqualTo(5);
		assertThat(report.timeline()).extracting((entry) -> entry.task()).containsExactly(0, 1, 2, 3, 4);
		assertThat(report.note()).isNotBlank();
	}

	@Test
	void runWhenThreadingShouldStartOnePlatformThreadPerWorker() {
		Report<CpuBoundRequest, CpuBoundResult> report = this.engine.run(CpuBoundVariant.THREADING, SMALL);
		assertThat(report.threads().platformStarted()).isEqualTo(2);
		assertThat(workers(report)).containsExactlyInAnyOrder("worker-0", "worker-1");
	}

	@Test
	void runWhenVirtualThreadsShouldStartOnePerTask() {
		Report<CpuBoundRequest, CpuBoundResult> report = this.engine.run(CpuBoundVariant.VIRTUAL_THREADS, SMALL);
		assertThat(report.threads().virtualStarted()).isEqualTo(5);
		assertThat(report.threads().platformStarted()).isZero();
		assertThat(report.timeline()).allSatisfy((entry) -> assertThat(entry.virtual()).isTrue());
	}

	@Test
	void runWhenForkJoinShouldUseItsOwnPoolOfWorkers() {
		Report<CpuBoundRequest, CpuBoundResult> report = this.engine.run(CpuBoundVariant.FORK_JOIN, SMALL);
		assertThat(report.threads().platformStarted()).isBetween(1, 2);
		assertThat(workers(report)).allSatisfy((worker) -> assertThat(worker).startsWith("fork-join-"));
	}

	@Test
	void runWhenMultiprocessingShouldComputeInChildJvmsThatAllExit() {
		Report<CpuBoundRequest, CpuBoundResult> report = this.engine.run(CpuBoundVariant.MULTIPROCESSING, SMALL);
		assertThat(report.processes().spawned()).isEqualTo(2);
		assertThat(report.processes().startupMs()).hasSize(2);
		assertThat(workers(report)).containsExactlyInAnyOrderElementsOf(
				report.processes().pids().stream().map((pid) -> "pid " + pid).toList());
		assertThat(report.processes().pids())
			.allSatisfy((pid) -> assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse());
		assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive)).isEmpty();
	}

	@Test
	void runWhenGilSimulatedShouldPassTheLockBetweenThreads() {
		Report<CpuBoundRequest, CpuBoundResult> report = this.engine.run(CpuBoundVariant.GIL_SIMULATED,
				new CpuBoundRequest(4, 20_000_000L, 2));
		SimulatedGil.Stats gil = report.result().gil();
		assertThat(gil).isNotNull();
		assertThat(gil.switches()).isGreaterThan(1);
		assertThat(gil.switchIntervalMs()).isEqualTo(5);
		assertThat(workers(report)).containsExactlyInAnyOrder("python-0", "python-1");
		// one thread computes at a time: the time held, added up, cannot exceed the run
		double held = report.timeline().stream().mapToDouble((entry) -> entry.busyMs()).sum();
		assertThat(held).isLessThanOrEqualTo(report.durationMs());
		assertThat(report.timeline()).allSatisfy((entry) -> assertThat(entry.busyMs()).isPositive());
		// the holder's track: both threads take turns, never two at once
		Track.Spans holders = report.tracks().getFirst();
		assertThat(holders.name()).isEqualTo("GIL holder");
		assertThat(holders.spans()).extracting(Track.Span::label).contains("python-0", "python-1");
		List<Track.Span> turns = holders.spans();
		for (int i = 1; i < turns.size(); i++) {
			assertThat(turns.get(i).startMs()).isGreaterThanOrEqualTo(turns.get(i - 1).endMs());
		}
	}

	@Test
	void runWhenGilSimulatedWithANativeFractionShouldComputeInParallelAsAmdahlSays() {
		Report<CpuBoundRequest, CpuBoundResult> report = this.engine.run(CpuBoundVariant.GIL_SIMULATED,
				new CpuBoundRequest(2, 40_000_000L, 2, 0.9));
		SimulatedGil.Stats gil = report.result().gil();
		// 1 ÷ (0.1 + 0.9 ÷ 2)
		assertThat(gil.amdahlSpeedup()).isEqualTo(1.82);
		assertThat(gil.nativeFraction()).isEqualTo(0.9);
		// the same chains, whatever part ran without the lock
		assertThat(report.result().result()).isEqualTo(
				this.engine.run(CpuBoundVariant.SEQUENTIAL, new CpuBoundRequest(2, 40_000_000L, 2)).result().result());
		// two threads computed at once most of the time: far more busy time than wall
		// time
		double busy = report.timeline().stream().mapToDouble((entry) -> entry.busyMs()).sum();
		assertThat(busy).isGreaterThan(1.2 * report.durationMs());
		assertThat(report.note()).contains("Amdahl", "1.82");
	}

	@Test
	void runWhenWorkersAboveProcessLimitShouldRefuseMultiprocessingOnly() {
		CpuBoundRequest many = new CpuBoundRequest(20, 1000L, 20);
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(CpuBoundVariant.MULTIPROCESSING, many))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::limit)
				.containsExactly("lab.limits.processes"));
		assertThat(this.engine.run(CpuBoundVariant.THREADING, many).status()).isEqualTo(RunStatus.COMPLETED);
	}

	@Test
	void runWhenOverTheLimitsShouldNameEachField() {
		CpuBoundRequest huge = new CpuBoundRequest(1_000_000, 1L << 40, 5000);
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(CpuBoundVariant.SEQUENTIAL, huge))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field)
				.containsExactly("iterations", "work", "workers"));
	}

	@Test
	void runWithoutRequestShouldUseTheDefaults() {
		assertThat(LabRequest.defaults(CpuBoundRequest.class)).isEqualTo(
				new CpuBoundRequest(4, CpuBoundRequest.DEFAULT_WORK, Runtime.getRuntime().availableProcessors()));
	}

	@Test
	void compareShouldRunEveryMethodAndRateThemAgainstSequential() {
		Report<CpuBoundRequest, Comparison.Result> report = this.engine.run(CpuBoundVariant.COMPARE, SMALL);
		assertThat(report.method()).isEqualTo("compare");
		assertThat(report.result().runs()).extracting(Comparison.Run::method)
			.containsExactly("sequential", "threading", "multiprocessing", "virtual-threads", "fork-join",
					"gil-simulated");
		assertThat(report.result().runs()).allSatisfy((run) -> {
			assertThat(run.status()).isEqualTo("completed");
			assertThat(run.speedup()).isPositive();
		});
		assertThat(report.result().runs().get(0).speedup()).isEqualTo(1.0);
		// every method computed the same value, and each run shows it
		long expected = this.engine.run(CpuBoundVariant.SEQUENTIAL, SMALL).result().result();
		assertThat(report.result().runs()).extracting(Comparison.Run::result).containsOnly(expected);
		assertThat(report.processes().spawned()).isEqualTo(2);
		assertThat(report.result().fastest()).isNotNull();
	}

	@Test
	void compareWhenWorkersAboveProcessLimitShouldSkipMultiprocessing() {
		Report<CpuBoundRequest, Comparison.Result> report = this.engine.run(CpuBoundVariant.COMPARE,
				new CpuBoundRequest(12, 1000L, 12));
		assertThat(report.result().runs()).filteredOn((run) -> run.method().equals("multiprocessing"))
			.singleElement()
			.satisfies((run) -> {
				assertThat(run.status()).isEqualTo("skipped");
				assertThat(run.note()).isEqualTo("workers is over lab.limits.processes");
				assertThat(run.result()).isNull();
			});
	}

	private static Set<String> workers(Report<?, ?> report) {
		return report.timeline().stream().map((entry) -> entry.worker()).collect(Collectors.toSet());
	}

}
