package org.concurrency.lab.racecondition;

import java.time.Duration;
import java.util.List;

import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LimitExceededException;
import org.concurrency.lab.experiment.LiveThreads;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.concurrency.lab.experiment.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RaceConditionVariantTests {

	/** Small races: no pause (counter++), a spun pause, a slept pause. */
	private static final List<RaceRequest> SMALL = List.of(new RaceRequest(4, 100, 0), new RaceRequest(4, 100, 20),
			new RaceRequest(3, 20, 100));

	/** A window like the default one, on a few threads: enough to lose updates. */
	private static final RaceRequest WINDOW = new RaceRequest(4, 50, 100);

	/** Runs a race at most this many times waiting for a hazard to show. */
	private static final int TRIES = 10;

	private final ExperimentEngine engine = Engines.of(LabLimits.defaults());

	@ParameterizedTest
	@EnumSource(value = CounterRace.class, names = "UNSAFE", mode = EnumSource.Mode.EXCLUDE)
	void runWhenSafeShouldCountEveryIncrementEveryTime(CounterRace method) {
		for (RaceRequest request : SMALL) {
			for (int run = 0; run < 2; run++) {
				Report<RaceRequest, RaceResult> report = this.engine.run(method, request);
				assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
				RaceResult result = report.result();
				assertThat(result.expected()).isEqualTo(request.expected());
				assertThat(result.actual()).isEqualTo(result.expected());
				assertThat(result.finalCounter()).isEqualTo(result.actual());
				assertThat(result.lostIncrements()).isZero();
				assertThat(result.throughputPerSec()).isPositive();
				assertThat(report.threads().platformStarted()).isEqualTo(request.numWorkers());
				assertThat(report.timeline()).hasSize(request.numWorkers());
			}
		}
	}

	@Test
	void runWhenUnsafeShouldNeverCountMoreThanExpected() {
		for (RaceRequest request : SMALL) {
			for (int run = 0; run < 2; run++) {
				RaceResult result = this.engine.run(CounterRace.UNSAFE, request).result();
				assertThat(result.actual()).isBetween(1L, result.expected());
				assertThat(result.lostIncrements()).isEqualTo(result.expected() - result.actual());
				assertThat(result.finalCounter()).isEqualTo(result.actual());
			}
		}
	}

	@Test
	void runWhenUnsafeWithAPauseShouldLoseUpdatesWithinAFewRuns() {
		RaceResult result = null;
		for (int run = 0; run < TRIES && (result == null || result.lostIncrements() == 0); run++) {
			result = this.engine.run(CounterRace.UNSAFE, WINDOW).result();
		}
		assertThat(result.lostIncrements()).isPositive();
		assertThat(result.actual()).isLessThan(result.expected());
	}

	@Test
	void runWhenRlockShouldReenterWhereTheNonReentrantLockDeadlocksOnItself() {
		RaceResult result = this.engine.run(CounterRace.RLOCK, new RaceRequest(3, 20, 0)).result();
		assertThat(result.holdCount()).isEqualTo(2);
		assertThat(result.actual()).isEqualTo(60);
		NonReentrantAccount.SelfDeadlock broken = result.nonReentrant();
		assertThat(broken).isNotNull();
		assertThat(broken.lock()).isEqualTo("Semaphore(1)");
		assertThat(broken.innerAcquired()).isFalse();
		assertThat(broken.wouldDeadlock()).isTrue();
		assertThat(broken.waitedMs()).isGreaterThanOrEqualTo(CounterRace.SELF_DEADLOCK_PATIENCE.toMillis() - 1);
		assertThat(LiveThreads.deadlocked()).isEmpty();
	}

	@Test
	void runWhenAtomicShouldRetryWithinAFewRunsAndStillCountExactly() {
		RaceResult result = null;
		for (int run = 0; run < TRIES && (result == null || result.retries() == 0); run++) {
			result = this.engine.run(CounterRace.ATOMIC, WINDOW).result();
			assertThat(result.actual()).isEqualTo(result.expected());
		}
		assertThat(result.retries()).isPositive();
	}

	@ParameterizedTest
	@EnumSource(CounterRace.class)
	void runWhenPastTheDeadlineShouldStopPromptlyAndLeaveNoThread(CounterRace method) {
		ExperimentEngine engine = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(300)));
		Report<RaceRequest, RaceResult> report = engine.run(method, new RaceRequest(10, 10_000, 100));
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		// stopped by the deadline, not by its work ending: 100,000 pauses of 100 µs
		assertThat(report.completedTasks()).isLessThan(10);
		assertThat(report.note()).contains("every thread and process it started was ended");
		assertThat(LiveThreads.named("racer-")).isEmpty();
	}

	@Test
	void visibilityShouldShowTheVolatileReaderTheWriteAndLeaveNoChildJvm() {
		Report<VisibilityRequest, VisibilityResult> report = this.engine.run(new Visibility(),
				new VisibilityRequest(100, 300));
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		VisibilityResult.Reading volatileFlag = report.result().volatileFlag();
		assertThat(volatileFlag.seen()).isTrue();
		assertThat(volatileFlag.seenAfterMs()).isNotNull().isLessThan(300.0);
		assertThat(volatileFlag.spins()).isPositive();
		// the plain reader's outcome depends on the JIT: reported, not asserted
		VisibilityResult.Reading plain = report.result().plainFlag();
		assertThat(plain.seenAfterMs() != null).isEqualTo(plain.seen());
		assertThat(plain.spins() != null).isEqualTo(plain.seen());
		assertThat(report.timeline()).extracting((entry) -> entry.worker())
			.containsExactly("volatile-reader", "plain-reader");
		assertThat(report.processes().spawned()).isEqualTo(1);
		assertGone(report.processes().pids());
	}

	@Test
	void visibilityWhenPastTheDeadlineShouldEndTheChildJvm() {
		ExperimentEngine engine = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(300)));
		Report<VisibilityRequest, VisibilityResult> report = engine.run(new Visibility(),
				new VisibilityRequest(200, 2000));
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		assertGone(report.processes().pids());
	}

	@Test
	void runWhenOverTheLimitsShouldNameEachLimit() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(CounterRace.LOCK, new RaceRequest(5000, 1000, 0)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::limit)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("num_workers", "lab.limits.platform-threads"),
						org.assertj.core.groups.Tuple.tuple("tasks_per_worker", "lab.limits.tasks")));
	}

	@Test
	void runWhenIncrementsOverTheTaskLimitShouldSayHowManyFit() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(CounterRace.UNSAFE, new RaceRequest(100, 5000, 0)))
			.satisfies((ex) -> assertThat(ex.violations()).singleElement().satisfies((violation) -> {
				assertThat(violation.limit()).isEqualTo("lab.limits.tasks");
				assertThat(violation.allowed()).startsWith("at most 1000 with num_workers 100");
			}));
	}

	@Test
	void visibilityWhenWaitsOverTheDelayLimitShouldNameIt() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(new Visibility(), new VisibilityRequest(20_000, 20_000)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field)
				.containsExactly("write_after_ms", "timeout_ms"));
	}

	@Test
	void requestsWithoutFieldsShouldTakeTheDefaults() {
		assertThat(LabRequest.defaults(RaceRequest.class)).isEqualTo(new RaceRequest(10, 1000, 100));
		assertThat(LabRequest.defaults(VisibilityRequest.class)).isEqualTo(new VisibilityRequest(200, 1000));
	}

	private static void assertGone(List<Long> pids) {
		assertThat(pids).isNotEmpty()
			.allSatisfy((pid) -> assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse());
	}

	private static ExperimentEngine engine(LabLimits limits) {
		return Engines.of(limits);
	}

}
