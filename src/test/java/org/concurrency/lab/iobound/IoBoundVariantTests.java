package org.concurrency.lab.iobound;

import java.time.Duration;
import java.util.List;

import org.concurrency.lab.experiment.Comparison;
import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LimitExceededException;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.concurrency.lab.experiment.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IoBoundVariantTests {

	private final ExperimentEngine engine = Engines.defaults();

	@Test
	void runWhenSequentialShouldWaitOneTaskAfterAnother() {
		Report<IoBoundRequest, IoBoundResult> report = this.engine.run(IoBoundVariant.SEQUENTIAL,
				new IoBoundRequest(3, 0.05, null));
		assertThat(report.durationMs()).isGreaterThanOrEqualTo(150);
		assertThat(report.result().results()).containsExactly("task 0: slept 50 ms", "task 1: slept 50 ms",
				"task 2: slept 50 ms");
		assertThat(report.threads().platformStarted()).isZero();
		assertThat(report.timeline()).extracting((entry) -> entry.worker()).containsOnly("io-bound/sequential");
	}

	@Test
	void runWhenThreadingShouldOverlapTheWaitsOnePlatformThreadEach() {
		Report<IoBoundRequest, IoBoundResult> report = this.engine.run(IoBoundVariant.THREADING,
				new IoBoundRequest(50, 0.2, null));
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(report.durationMs()).isLessThan(2000); // 50 waits of 200 ms:
															// concurrent, not 10 s
		assertThat(report.threads().platformStarted()).isEqualTo(50);
		assertThat(report.result().results()).hasSize(50);
	}

	@Test
	void runWhenVirtualThreadsShouldOverlapTheWaitsOneVirtualThreadEach() {
		Report<IoBoundRequest, IoBoundResult> report = this.engine.run(IoBoundVariant.VIRTUAL_THREADS,
				new IoBoundRequest(1000, 0.2, null));
		assertThat(report.durationMs()).isLessThan(2000);
		assertThat(report.threads().virtualStarted()).isEqualTo(1000);
		assertThat(report.threads().platformStarted()).isZero();
		assertThat(report.completedTasks()).isEqualTo(1000);
		assertThat(report.timelineTruncated()).isTrue();
		assertThat(report.timeline()).hasSize(LabLimits.defaults().timelineEntries());
		assertThat(report.result().results()).hasSize(LabLimits.defaults().timelineEntries());
	}

	@Test
	void runWhenAsyncShouldHoldNoThreadPerWaitingTask() {
		Report<IoBoundRequest, IoBoundResult> report = this.engine.run(IoBoundVariant.ASYNC,
				new IoBoundRequest(1000, 0.2, null));
		assertThat(report.durationMs()).isLessThan(2000);
		assertThat(report.threads().platformStarted()).isEqualTo(1);
		assertThat(report.threads().virtualStarted()).isZero();
		assertThat(report.timeline()).extracting((entry) -> entry.worker()).containsOnly("event-loop-0");
	}

	@Test
	void runWhenVirtualThreadsShouldTakeMoreTasksThanTheOthersUnderALimitOfTheirOwn() {
		// lab.limits.tasks 100, lab.limits.waiting-tasks 2000
		ExperimentEngine small = Engines.of(new LabLimits(4, Duration.ofSeconds(30), Duration.ofSeconds(5), 200, 100,
				1000, 8, 500, Duration.ofSeconds(10), 2_000_000_000L, 100, 128, 2000));
		IoBoundRequest request = new IoBoundRequest(1500, 0.2, null);
		for (IoBoundVariant waiting : List.of(IoBoundVariant.VIRTUAL_THREADS, IoBoundVariant.ASYNC)) {
			Report<IoBoundRequest, IoBoundResult> report = small.run(waiting, request);
			assertThat(report.completedTasks()).as(waiting.label()).isEqualTo(1500);
			IoBoundResult.Phases phases = report.result().phases();
			// no wait of 200 ms ends before 200 ms; the tasks are joined after the last
			assertThat(phases.firstDoneMs()).as(waiting.label()).isGreaterThanOrEqualTo(200.0);
			assertThat(phases.lastDoneMs()).isGreaterThanOrEqualTo(phases.firstDoneMs())
				.isLessThanOrEqualTo(phases.joinedMs());
			assertThat(phases.allStartedMs()).isLessThanOrEqualTo(phases.joinedMs());
			assertThat(report.result().heap().usedMbWhenAllStarted()).isPositive()
				.isLessThanOrEqualTo(report.result().heap().maxMb());
		}
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> small.run(IoBoundVariant.SEQUENTIAL, request))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::limit)
				.containsExactly("lab.limits.tasks"));
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> small.run(IoBoundVariant.VIRTUAL_THREADS, new IoBoundRequest(2001, 0.2, null)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::limit)
				.containsExactly("lab.limits.waiting-tasks"));
	}

	@Test
	void runWhenTheHeapCannotHoldTheTasksShouldSayWhatItNeedsAndWhatXmxWouldAllow() {
		ExperimentEngine unbounded = Engines.of(new LabLimits(4, Duration.ofSeconds(30), Duration.ofSeconds(5), 200,
				100, 1000, 8, 500, Duration.ofSeconds(10), 2_000_000_000L, 100, 128, Integer.MAX_VALUE));
		// sixteen million parked virtual threads need 17 GB
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> unbounded.run(IoBoundVariant.VIRTUAL_THREADS, new IoBoundRequest(16_000_000, 1.0, null)))
			.satisfies((ex) -> assertThat(ex.violations()).singleElement().satisfies((violation) -> {
				assertThat(violation.field()).isEqualTo("iterations");
				assertThat(violation.limit()).isEqualTo("-Xmx");
				assertThat(violation.allowed()).startsWith("between 1 and ")
					.contains("16000000 need about ", " MB while they wait", "would allow them")
					.containsPattern("-Xmx\\d+g would allow");
			}));
	}

	@Test
	void runWhenTheConfiguredLimitIsAboveWhatARunCanTrackShouldBeBoundByIt() {
		ExperimentEngine unbounded = Engines.of(new LabLimits(4, Duration.ofSeconds(30), Duration.ofSeconds(5), 200,
				100, 1000, 8, 500, Duration.ofSeconds(10), 2_000_000_000L, 100, 128, Integer.MAX_VALUE));
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(
					() -> unbounded.run(IoBoundVariant.VIRTUAL_THREADS, new IoBoundRequest(2_000_000_000, 1.0, null)))
			.satisfies((ex) -> assertThat(ex.violations()).singleElement()
				.satisfies((violation) -> assertThat(violation.allowed()).isEqualTo("between 1 and 16777216")));
	}

	@Test
	void compareOverEveryLimitShouldBeRefusedNotSkipped() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(IoBoundVariant.COMPARE, new IoBoundRequest(2_000_000_000, 0.0, null)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::limit)
				.containsExactly("lab.limits.waiting-tasks"));
	}

	@Test
	void runWhenThreadingOverPlatformThreadLimitShouldNameTheLimit() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(IoBoundVariant.THREADING, new IoBoundRequest(5000, 0.0, null)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::limit)
				.containsExactly("lab.limits.platform-threads"));
	}

	@Test
	void runWhenHttpOverItsLimitShouldNameTheLimit() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(IoBoundVariant.VIRTUAL_THREADS,
					new IoBoundRequest(10_000, 0.0, IoBoundRequest.Io.HTTP)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::limit)
				.containsExactly("lab.limits.http-tasks"));
	}

	@Test
	void runWhenDelayOverItsLimitShouldNameTheLimit() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(IoBoundVariant.ASYNC, new IoBoundRequest(1, 60.0, null)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field).containsExactly("delay"));
	}

	@Test
	void runWhenHttpWithoutAWebServerShouldBeRefused() {
		assertThatExceptionOfType(LimitExceededException.class).isThrownBy(
				() -> this.engine.run(IoBoundVariant.SEQUENTIAL, new IoBoundRequest(1, 0.0, IoBoundRequest.Io.HTTP)));
	}

	@Test
	void compareShouldRunEveryMethodAndFindTheConcurrentOnesFaster() {
		Report<IoBoundRequest, Comparison.Result> report = this.engine.run(IoBoundVariant.COMPARE,
				new IoBoundRequest(5, 0.1, null));
		assertThat(report.result().runs()).extracting(Comparison.Run::method)
			.containsExactly("sequential", "threading", "async", "virtual-threads");
		// 5 waits overlapped: each concurrent method is well over 1.5 times faster
		assertThat(report.result().runs().subList(1, 4))
			.allSatisfy((run) -> assertThat(run.speedup()).isGreaterThan(1.5));
		assertThat(report.threads().platformStarted()).isEqualTo(5 + 1);
		assertThat(report.threads().virtualStarted()).isEqualTo(5);
	}

	@Test
	void compareWhenTooManyTasksForPlatformThreadsShouldSkipThreading() {
		Report<IoBoundRequest, Comparison.Result> report = this.engine.run(IoBoundVariant.COMPARE,
				new IoBoundRequest(2000, 0.0, null));
		assertThat(report.result().runs()).filteredOn((run) -> run.method().equals("threading"))
			.singleElement()
			.satisfies((run) -> assertThat(run.status()).isEqualTo("skipped"));
	}

}
