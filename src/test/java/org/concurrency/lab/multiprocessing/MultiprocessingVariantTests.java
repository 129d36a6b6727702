package org.concurrency.lab.multiprocessing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.LimitExceededException;
import org.concurrency.lab.experiment.LiveThreads;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.concurrency.lab.experiment.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class MultiprocessingVariantTests {

	private final ExperimentEngine engine = Engines.defaults();

	private long childrenBefore;

	private int threadsBefore;

	@BeforeEach
	void countWhatRunsBefore() {
		this.childrenBefore = liveChildren();
		this.threadsBefore = threads();
	}

	@AfterEach
	void nothingShouldBeLeftRunning() {
		assertThat(liveChildren()).isEqualTo(this.childrenBefore);
		assertThat(LiveThreads.named("queue-reader-")).isEmpty();
		assertThat(LiveThreads.named("pool-")).isEmpty();
		assertThat(LiveThreads.named("one-per-task-")).isEmpty();
		assertThat(threads()).isLessThanOrEqualTo(this.threadsBefore);
	}

	@Test
	void basicShouldReportEachChildWithItsOwnPidAndExitCode() {
		Report<BasicRequest, BasicResult> report = this.engine.run(new BasicProcesses(), new BasicRequest(3, 0.0, 3));
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		BasicResult result = report.result();
		assertThat(result.labPid()).isEqualTo(ProcessHandle.current().pid());
		assertThat(result.children()).extracting(BasicResult.Child::exitCode).containsExactly(0, 0, 3);
		assertThat(result.children()).extracting(BasicResult.Child::pid)
			.doesNotHaveDuplicates()
			.doesNotContain(result.labPid())
			.containsExactlyElementsOf(report.processes().pids());
		assertThat(result.children()).allSatisfy((child) -> assertThat(child.startupMs()).isPositive());
		assertThat(result.failed()).isEqualTo(1);
		assertThat(report.note()).contains("exited with code 3");
		assertDead(report);
	}

	@Test
	void basicWhenDeadlineShouldTimeOutAndKillTheChildren() {
		ExperimentEngine hurried = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(300)));
		Report<BasicRequest, BasicResult> report = hurried.run(new BasicProcesses(), new BasicRequest(2, 10.0, 0));
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		// stopped at the deadline, not at the end of its work: within the grace the
		// engine allows
		assertThat(report.durationMs()).isLessThan(300 + LabLimits.defaults().grace().toMillis());
		assertThat(report.processes().spawned()).isEqualTo(2);
		assertDead(report);
	}

	@Test
	void basicTenTimesInARowShouldLeaveNoProcessAndNoThread() {
		for (int run = 0; run < 10; run++) {
			Report<BasicRequest, BasicResult> report = this.engine.run(new BasicProcesses(),
					new BasicRequest(1, 0.0, 0));
			assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
			assertDead(report);
		}
	}

	@Test
	void queueShouldPassEveryItemOnceAndInOrder() {
		Report<QueueRequest, QueueResult> report = this.engine.run(new ProcessQueue(), new QueueRequest(500));
		QueueResult result = report.result();
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(result.produced()).isEqualTo(500);
		assertThat(result.forwarded()).isEqualTo(500);
		assertThat(result.consumed()).isEqualTo(500);
		assertThat(result.lost()).isZero();
		assertThat(result.duplicated()).isZero();
		assertThat(result.inOrder()).isTrue();
		assertThat(result.checksumsMatch()).isTrue();
		assertThat(result.consumerChecksum()).isEqualTo(result.producerChecksum());
		assertThat(result.maxQueueDepth()).isBetween(1, result.queueCapacity());
		assertThat(report.processes().spawned()).isEqualTo(2);
		assertDead(report);
	}

	@Test
	void queueWhenDeadlineShouldTimeOutAndKillBothProcesses() {
		ExperimentEngine hurried = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(100)));
		Report<QueueRequest, QueueResult> report = hurried.run(new ProcessQueue(), new QueueRequest(100_000));
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		assertDead(report);
	}

	@Test
	void pipeShouldAnswerEveryRequestWithItsSquare() {
		Report<PipeRequest, PipeResult> report = this.engine.run(new ProcessPipe(), new PipeRequest(20));
		PipeResult result = report.result();
		assertThat(result.messages()).isEqualTo(20);
		assertThat(result.answersCorrect()).isEqualTo(20);
		assertThat(result.roundTripMs().min()).isPositive()
			.isLessThanOrEqualTo(result.roundTripMs().median())
			.isLessThanOrEqualTo(result.roundTripMs().max());
		assertThat(report.completedTasks()).isEqualTo(20);
		assertThat(report.processes().spawned()).isEqualTo(1);
		assertDead(report);
	}

	@Test
	void pipeWhenDeadlineShouldTimeOutAndKillTheChild() {
		ExperimentEngine hurried = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(300)));
		Report<PipeRequest, PipeResult> report = hurried.run(new ProcessPipe(), new PipeRequest(100_000));
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		assertDead(report);
	}

	@Test
	void poolShouldReuseItsWorkersAndStartAJvmPerTaskOtherwise() {
		Report<PoolParams, PoolResult> report = pool(this.engine, new PoolRequest(4, 2));
		PoolResult result = report.result();
		assertThat(report.params()).isEqualTo(new PoolParams(4, 2, 4));
		assertThat(result.pool().jvmsStarted()).isEqualTo(2);
		assertThat(result.pool().tasks()).isEqualTo(4);
		assertThat(result.onePerTask().jvmsStarted()).isEqualTo(4);
		assertThat(result.onePerTask().tasks()).isEqualTo(4);
		assertThat(result.resultsMatch()).isTrue();
		assertThat(report.processes().spawned()).isEqualTo(6);
		assertThat(report.completedTasks()).isEqualTo(8);
		assertDead(report);
	}

	@Test
	void poolShouldCapTheOnePerTaskSideSoTheRunStaysWithinTheProcessLimit() {
		assertThat(PoolParams.of(new PoolRequest(8, 2), LabLimits.defaults())).isEqualTo(new PoolParams(8, 2, 6));
		assertThat(PoolParams.of(new PoolRequest(100, 4), LabLimits.defaults()).onePerTaskTasks()).isEqualTo(4);
		assertThat(PoolParams.of(new PoolRequest(3, 1), LabLimits.defaults()).onePerTaskTasks()).isEqualTo(3);
		// the OpenAPI document asks every request for its defaults: PoolParams has none,
		// and says so
		assertThatNoException().isThrownBy(() -> LabRequest.defaults(PoolParams.class));
	}

	@Test
	void poolWhenDeadlineShouldTimeOutAndKillTheWorkers() {
		ExperimentEngine hurried = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(300)));
		Report<PoolParams, PoolResult> report = pool(hurried, new PoolRequest(100_000, 2));
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		assertDead(report);
	}

	@Test
	void sharedStateShouldLoseIncrementsUnsafeAndCountExactlyUnderAFileLock() throws IOException {
		long filesBefore = counterFiles();
		long lost = 0;
		for (int run = 0; run < 3 && lost == 0; run++) {
			Report<SharedStateRequest, SharedStateResult> report = this.engine.run(new SharedCounter(),
					LabRequest.defaults(SharedStateRequest.class));
			SharedStateResult result = report.result();
			assertThat(result.fileLock().expected()).isEqualTo(40_000);
			assertThat(result.fileLock().actual()).isEqualTo(40_000);
			assertThat(result.fileLock().lostIncrements()).isZero();
			assertThat(result.unsafe().expected()).isEqualTo(40_000);
			assertThat(result.unsafe().actual()).isPositive().isLessThanOrEqualTo(40_000);
			assertThat(result.unsafe().lostIncrements())
				.isEqualTo(result.unsafe().expected() - result.unsafe().actual());
			assertThat(report.processes().spawned()).isEqualTo(4);
			assertDead(report);
			lost = result.unsafe().lostIncrements();
		}
		assertThat(lost).as("increments lost by the unsafe side in 3 runs").isPositive();
		assertThat(counterFiles()).isEqualTo(filesBefore);
	}

	@Test
	void sharedStateWhenDeadlineShouldTimeOutKillTheChildrenAndDeleteTheFile() throws IOException {
		long filesBefore = counterFiles();
		ExperimentEngine hurried = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(100)));
		Report<SharedStateRequest, SharedStateResult> report = hurried.run(new SharedCounter(),
				new SharedStateRequest(2, 25_000));
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		assertDead(report);
		assertThat(counterFiles()).isEqualTo(filesBefore);
	}

	@Test
	void managerShouldKeepTheDictExactUnderItsLockAndLoseUpdatesWithout() throws IOException {
		long directoriesBefore = managerDirectories();
		long lost = 0;
		for (int run = 0; run < 3 && lost == 0; run++) {
			Report<ManagerRequest, ManagerResult> report = this.engine.run(new ProcessManager(),
					new ManagerRequest(3, 200));
			assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
			ManagerResult.Dict locked = report.result().locked();
			assertThat(locked.exact()).isTrue();
			assertThat(locked.keysActual()).isEqualTo(locked.keysExpected()).isEqualTo(4);
			assertThat(locked.appendsActual()).isEqualTo(locked.appendsExpected()).isEqualTo(600);
			assertThat(locked.listsInOrder()).isTrue();
			assertThat(locked.totalActual()).isEqualTo(locked.totalExpected()).isEqualTo(600);
			assertThat(locked.lostUpdates()).isZero();
			assertThat(locked.callsPerOperation()).isEqualTo(5);
			assertThat(locked.usPerOperation()).isPositive();
			ManagerResult.Dict unlocked = report.result().unlocked();
			// each list has one writer and single calls: exact even without the lock
			assertThat(unlocked.listsInOrder()).isTrue();
			assertThat(unlocked.appendsActual()).isEqualTo(600);
			assertThat(unlocked.totalActual()).isPositive().isLessThanOrEqualTo(600);
			assertThat(unlocked.lostUpdates()).isEqualTo(600 - unlocked.totalActual());
			assertThat(unlocked.exact()).isEqualTo(unlocked.lostUpdates() == 0);
			ManagerResult.Mapped mapped = report.result().mappedFile();
			assertThat(mapped.exact()).isTrue();
			assertThat(mapped.actual()).isEqualTo(mapped.expected()).isEqualTo(600);
			// a manager and three clients, which ran all three sides
			assertThat(report.processes().spawned()).isEqualTo(4);
			assertThat(report.completedTasks()).isEqualTo(9);
			assertThat(report.note()).contains("the dict was exact", "µs an update");
			assertDead(report);
			lost = unlocked.lostUpdates();
		}
		assertThat(lost).as("updates lost without the manager's lock in 3 runs").isPositive();
		assertThat(managerDirectories()).isEqualTo(directoriesBefore);
	}

	@Test
	void managerWhenDeadlineShouldTimeOutKillEveryProcessAndDeleteTheSocket() throws IOException {
		long directoriesBefore = managerDirectories();
		ExperimentEngine hurried = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(300)));
		Report<ManagerRequest, ManagerResult> report = hurried.run(new ProcessManager(), new ManagerRequest(2, 16_000));
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		assertDead(report);
		assertThat(managerDirectories()).isEqualTo(directoriesBefore);
	}

	@Test
	void requestsOverTheLimitsShouldNameTheLimitAndStartNothing() {
		assertThat(limitsNamedBy(() -> this.engine.run(new BasicProcesses(), new BasicRequest(9, 20.0, 0))))
			.containsExactly("lab.limits.processes", "lab.limits.delay");
		assertThat(limitsNamedBy(() -> this.engine.run(new ProcessQueue(), new QueueRequest(100_001))))
			.containsExactly("lab.limits.tasks");
		assertThat(limitsNamedBy(() -> this.engine.run(new ProcessPipe(), new PipeRequest(100_001))))
			.containsExactly("lab.limits.tasks");
		assertThat(limitsNamedBy(() -> pool(this.engine, new PoolRequest(100_001, 5))))
			.containsExactly("lab.limits.tasks", "lab.limits.processes");
		assertThat(limitsNamedBy(() -> this.engine.run(new SharedCounter(), new SharedStateRequest(5, 20_000))))
			.containsExactly("lab.limits.processes", "lab.limits.tasks");
		assertThat(limitsNamedBy(() -> this.engine.run(new SharedCounter(), new SharedStateRequest(2, 25_001))))
			.containsExactly("lab.limits.tasks");
		assertThat(limitsNamedBy(() -> this.engine.run(new ProcessManager(), new ManagerRequest(8, 1000))))
			.containsExactly("lab.limits.processes");
		assertThat(limitsNamedBy(() -> this.engine.run(new ProcessManager(), new ManagerRequest(4, 8334))))
			.containsExactly("lab.limits.tasks");
	}

	private static List<String> limitsNamedBy(Runnable request) {
		List<String> limits = new java.util.ArrayList<>();
		assertThatExceptionOfType(LimitExceededException.class).isThrownBy(request::run)
			.satisfies((ex) -> ex.violations().stream().map(Violation::limit).forEach(limits::add));
		return limits;
	}

	/** The pool as its endpoint runs it: the request completed by the engine's limits. */
	private static Report<PoolParams, PoolResult> pool(ExperimentEngine engine, PoolRequest request) {
		return engine.run(new ProcessPool(), PoolParams.of(request, engine.limits()));
	}

	/** Every child JVM of the report is gone: ended, not merely forgotten. */
	private static void assertDead(Report<?, ?> report) {
		assertThat(report.processes().pids()).isNotEmpty()
			.allSatisfy((pid) -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty());
	}

	private static long liveChildren() {
		return ProcessHandle.current().children().filter(ProcessHandle::isAlive).count();
	}

	/**
	 * Live platform threads, less the JDK's own "process reaper" threads, which wait for
	 * child processes and stay cached for a while after they exit.
	 */
	private static int threads() {
		return LiveThreads.platformCount() - LiveThreads.named("process reaper").size();
	}

	private static long managerDirectories() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter((file) -> file.getFileName().toString().startsWith("concurrency-lab-manager-")).count();
		}
	}

	private static long counterFiles() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter((file) -> file.getFileName().toString().startsWith("concurrency-lab-counter-")).count();
		}
	}

}
