package org.concurrency.lab.experiment;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.concurrency.lab.cpubound.HashChainWorker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ExperimentEngineTests {

	private static final Probe.Empty NONE = new Probe.Empty();

	private final List<Object> events = new CopyOnWriteArrayList<>();

	private ExperimentEngine engine(LabLimits limits) {
		return new ExperimentEngine(limits, this.events::add);
	}

	@Test
	void runWhenABoundedWaitGivesUpAtTheDeadlineShouldReportTimedOut() {
		ExperimentEngine engine = engine(LabLimits.defaults().withDeadline(Duration.ofMillis(200)));
		for (int run = 0; run < 5; run++) {
			Report<Probe.Empty, Integer> report = engine.run(probe("wait", (context) -> {
				// the experiment's own wait ends with the deadline, racing the engine's
				context.await(new CountDownLatch(1));
				return 1;
			}), NONE);
			assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		}
	}

	@Test
	void runWhenThreadsDoTasksShouldCountThemAndRecordTheTimeline() {
		ExperimentEngine engine = engine(LabLimits.defaults());
		Report<Probe.Empty, Integer> report = engine.run(probe("count", (context) -> {
			try (ExecutorService platform = Executors.newFixedThreadPool(3, context.platformThreads("p-"));
					ExecutorService virtual = Executors.newThreadPerTaskExecutor(context.virtualThreads("v-"))) {
				for (int task = 0; task < 3; task++) {
					int index = task;
					platform.submit(() -> context.task(index, () -> sleep(20)));
				}
				for (int task = 3; task < 5; task++) {
					int index = task;
					virtual.submit(() -> context.task(index, () -> sleep(20)));
				}
			}
			return 42;
		}), NONE);
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(report.result()).isEqualTo(42);
		assertThat(report.params()).isEqualTo(NONE);
		assertThat(report.note()).isEqualTo("ran count");
		assertThat(report.threads().platformStarted()).isEqualTo(3);
		assertThat(report.threads().virtualStarted()).isEqualTo(2);
		assertThat(report.threads().platformPeak()).isBetween(1, 3);
		assertThat(report.completedTasks()).isEqualTo(5);
		assertThat(report.timeline()).extracting(TimelineEntry::task).containsExactly(0, 1, 2, 3, 4);
		assertThat(report.timeline()).filteredOn(TimelineEntry::virtual)
			.extracting(TimelineEntry::worker)
			.allMatch((worker) -> worker.startsWith("v-"));
		assertThat(report.timeline()).filteredOn(TimelineEntry::virtual)
			.extracting(TimelineEntry::carrier)
			.doesNotContainNull();
		assertThat(report.timeline()).allSatisfy((entry) -> {
			assertThat(entry.endMs()).isGreaterThanOrEqualTo(entry.startMs() + 19);
			assertThat(entry.endMs()).isLessThanOrEqualTo(report.durationMs());
		});
		assertThat(report.duration()).isCloseTo(report.durationMs() / 1000, org.assertj.core.data.Offset.offset(0.001));
		assertThat(this.events).singleElement().isInstanceOf(RunFinished.class);
	}

	@Test
	void runWhenDeadlinePassesShouldStopEveryThreadAndReportTimedOut() {
		ExperimentEngine engine = engine(LabLimits.defaults().withDeadline(Duration.ofMillis(300)));
		Report<Probe.Empty, Object> report = engine.run(probe("stuck", (context) -> {
			try (ExecutorService platform = Executors.newFixedThreadPool(4, context.platformThreads("stuck-p-"));
					ExecutorService virtual = Executors.newThreadPerTaskExecutor(context.virtualThreads("stuck-v-"))) {
				for (int task = 0; task < 4; task++) {
					int index = task;
					platform.submit(() -> context.task(index, () -> sleep(60_000)));
					virtual.submit(() -> context.task(index + 4, () -> sleep(60_000)));
				}
			}
			return "never";
		}), NONE);
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		assertThat(report.result()).isNull();
		assertThat(report.durationMs()).isLessThan(300 + LabLimits.defaults().grace().toMillis());
		assertThat(report.note()).contains("deadline");
		assertThat(liveThreadsNamed("stuck-")).isEmpty();
		assertThat(liveThreadsNamed("test/stuck")).isEmpty();
	}

	/**
	 * A run whose main thread has already ended (it threw, or its own wait gave up at the
	 * deadline a moment before the engine's) may leave threads running: they are
	 * interrupted as the run is cleaned up, not half a grace period later.
	 */
	@Test
	void runWhenTheMainThreadEndsFirstShouldStillInterruptItsThreadsAtOnce() {
		ExperimentEngine engine = engine(LabLimits.defaults());
		java.util.concurrent.atomic.AtomicLong interruptedAt = new java.util.concurrent.atomic.AtomicLong();
		long start = System.nanoTime();
		assertThatExceptionOfType(ExperimentFailedException.class)
			.isThrownBy(() -> engine.run(probe("ends-first", (context) -> {
				context.platformThreads("sleeper-").newThread(() -> {
					try {
						Thread.sleep(60_000);
					}
					catch (InterruptedException ex) {
						interruptedAt.set(System.nanoTime());
					}
				}).start();
				throw new IllegalStateException("the main thread gives up, its sleeper still runs");
			}), NONE));
		assertThat(Duration.ofNanos(interruptedAt.get() - start)).isLessThan(LabLimits.defaults().grace().dividedBy(2));
		assertThat(liveThreadsNamed("sleeper-")).isEmpty();
	}

	@Test
	void runWhenComputingPastDeadlineShouldStopLoopsThatCheckForIt() {
		ExperimentEngine engine = engine(LabLimits.defaults().withDeadline(Duration.ofMillis(200)));
		Report<Probe.Empty, Object> report = engine.run(probe("spin", (context) -> {
			try (ExecutorService platform = Executors.newFixedThreadPool(2, context.platformThreads("spin-"))) {
				for (int task = 0; task < 2; task++) {
					platform.submit(() -> {
						while (true) {
							context.checkStopped();
						}
					});
				}
			}
			return "never";
		}), NONE);
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		assertThat(liveThreadsNamed("spin-")).isEmpty();
	}

	@Test
	void runWhenDeadlinePassesShouldDestroyChildJvms() {
		ExperimentEngine engine = engine(LabLimits.defaults().withDeadline(Duration.ofMillis(1500)));
		Report<Probe.Empty, Object> report = engine.run(probe("children", (context) -> {
			ChildJvm first = context.processes().start(HashChainWorker.class, "2000000000", "0");
			context.processes().start(HashChainWorker.class, "2000000000", "1");
			while (first.readLine() != null) {
				// blocks until the child is destroyed
			}
			return "never";
		}), NONE);
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		assertThat(report.processes().spawned()).isEqualTo(2);
		assertThat(report.processes().pids())
			.allSatisfy((pid) -> assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse());
		assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive)).isEmpty();
	}

	@Test
	void runWhenChildJvmComputesShouldReportItsStartupAndCpu() {
		ExperimentEngine engine = engine(LabLimits.defaults());
		Report<Probe.Empty, String> report = engine.run(probe("child", (context) -> {
			ChildJvm child = context.processes().start(HashChainWorker.class, "1000", "7");
			String line = child.readLine();
			assertThat(child.awaitExit(Duration.ofSeconds(10))).isZero();
			return line;
		}), NONE);
		assertThat(report.result()).startsWith("task 7 ");
		assertThat(report.processes().startupMs()).singleElement().satisfies((ms) -> assertThat(ms).isPositive());
		assertThat(report.cpuTimeMs()).isPositive();
	}

	@Test
	void runWhenAsManyExperimentsRunAsAllowedShouldAnswerBusy() throws Exception {
		LabLimits one = new LabLimits(1, Duration.ofSeconds(30), Duration.ofSeconds(5), 200, 100_000, 1000, 8, 500,
				Duration.ofSeconds(10), 2_000_000_000L, 100, 128, 1_000_000);
		ExperimentEngine engine = engine(one);
		CountDownLatch running = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		try (ExecutorService client = Executors.newSingleThreadExecutor()) {
			Future<Report<Probe.Empty, String>> first = client.submit(() -> engine.run(probe("hold", (c) -> {
				running.countDown();
				release.await(10, TimeUnit.SECONDS);
				return "done";
			}), NONE));
			assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
			assertThatExceptionOfType(ExperimentsBusyException.class)
				.isThrownBy(() -> engine.run(probe("second", (c) -> "no"), NONE))
				.satisfies((busy) -> assertThat(busy.retryAfter()).isGreaterThanOrEqualTo(Duration.ofSeconds(1)));
			release.countDown();
			assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(RunStatus.COMPLETED);
		}
		assertThat(this.events).filteredOn(ExperimentRejected.class::isInstance).hasSize(1);
		assertThat(engine.run(probe("third", (c) -> "yes"), NONE).result()).isEqualTo("yes");
	}

	@Test
	void runWhenExperimentThrowsShouldPublishFailedReportAndThrow() {
		ExperimentEngine engine = engine(LabLimits.defaults());
		assertThatExceptionOfType(ExperimentFailedException.class).isThrownBy(() -> engine.run(probe("boom", (c) -> {
			throw new IllegalStateException("boom");
		}), NONE)).satisfies((failed) -> assertThat(failed.report().status()).isEqualTo(RunStatus.FAILED));
		assertThat(this.events).singleElement()
			.satisfies((event) -> assertThat(((RunFinished) event).report().note()).contains("boom"));
	}

	@Test
	void runWhenExperimentFindsALimitExceededShouldRethrowIt() {
		ExperimentEngine engine = engine(LabLimits.defaults());
		assertThatExceptionOfType(LimitExceededException.class).isThrownBy(() -> engine.run(probe("limit", (c) -> {
			new LimitCheck(c.limits(), Probe.Empty.class).between("n", 5, 1, 2, Limit.TASKS).throwIfAny();
			return "never";
		}), NONE))
			.satisfies((ex) -> assertThat(ex.violations()).singleElement()
				.satisfies((violation) -> assertThat(violation.limit()).isEqualTo("lab.limits.tasks")));
	}

	@Test
	void runWhenPlatformThreadsExceedTheLimitShouldStartNoMore() {
		LabLimits two = new LabLimits(4, Duration.ofSeconds(30), Duration.ofSeconds(5), 200, 100_000, 2, 8, 500,
				Duration.ofSeconds(10), 2_000_000_000L, 100, 128, 1_000_000);
		assertThatExceptionOfType(ExperimentFailedException.class)
			.isThrownBy(() -> engine(two).run(probe("many", (context) -> {
				for (int i = 0; i < 3; i++) {
					context.platformThreads("many-").newThread(() -> {
					}).start();
				}
				return "never";
			}), NONE))
			.withMessageContaining("test_many");
	}

	@Test
	void stopWhenShuttingDownShouldCancelRunningExperiments() throws Exception {
		ExperimentEngine engine = engine(LabLimits.defaults());
		CountDownLatch running = new CountDownLatch(1);
		try (ExecutorService client = Executors.newSingleThreadExecutor()) {
			Future<Report<Probe.Empty, String>> run = client.submit(() -> engine.run(probe("long", (context) -> {
				try (ExecutorService pool = Executors.newFixedThreadPool(2, context.platformThreads("long-"))) {
					pool.submit(() -> sleep(60_000));
					running.countDown();
					Thread.sleep(60_000);
				}
				return "never";
			}), NONE));
			assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
			engine.stop();
			assertThat(run.get(10, TimeUnit.SECONDS).status()).isEqualTo(RunStatus.CANCELLED);
		}
		assertThat(liveThreadsNamed("long-")).isEmpty();
		assertThat(engine.isRunning()).isFalse();
		assertThatExceptionOfType(ExperimentsBusyException.class)
			.isThrownBy(() -> engine.run(probe("after", (c) -> "no"), NONE));
	}

	@Test
	void stopWhenTheFirstInterruptIsLostShouldInterruptAgain() throws Exception {
		ExperimentEngine engine = engine(LabLimits.defaults());
		CountDownLatch running = new CountDownLatch(1);
		try (ExecutorService client = Executors.newSingleThreadExecutor()) {
			Future<Report<Probe.Empty, String>> run = client.submit(() -> engine.run(probe("deaf", (context) -> {
				running.countDown();
				swallowOneInterrupt();
				return "never";
			}), NONE));
			assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
			engine.stop();
			assertThat(run.get(5, TimeUnit.SECONDS).status()).isEqualTo(RunStatus.CANCELLED);
		}
		assertThat(liveThreadsNamed("test/deaf")).isEmpty();
	}

	@Test
	void runWhenDeadlinePassesAndTheFirstInterruptIsLostShouldInterruptAgain() {
		ExperimentEngine engine = engine(LabLimits.defaults().withDeadline(Duration.ofMillis(200)));
		Report<Probe.Empty, String> report = engine.run(probe("deaf-deadline", (context) -> {
			swallowOneInterrupt();
			return "never";
		}), NONE);
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		assertThat(report.durationMs()).isLessThan(LabLimits.defaults().grace().toMillis());
		assertThat(liveThreadsNamed("test/deaf-deadline")).isEmpty();
	}

	/**
	 * As a pool worker that clears its interrupt flag before a task: the first is lost.
	 */
	private static void swallowOneInterrupt() throws InterruptedException {
		try {
			Thread.sleep(60_000);
		}
		catch (InterruptedException lost) {
			// lost, as ThreadPoolExecutor.runWorker loses one
		}
		Thread.sleep(60_000);
	}

	@Test
	void runPartShouldReportOnItsOwnAndAddToItsParent() {
		ExperimentEngine engine = engine(LabLimits.defaults());
		Report<Probe.Empty, String> report = engine.run(probe("whole", (context) -> {
			Report<Probe.Empty, Integer> part = context.runPart(probe("part", (partContext) -> {
				Thread thread = partContext.virtualThreads("part-").newThread(() -> {
				});
				thread.start();
				thread.join();
				return 1;
			}), NONE, Duration.ofSeconds(5));
			return part.method() + "=" + part.result();
		}), NONE);
		assertThat(report.result()).isEqualTo("part=1");
		assertThat(report.threads().virtualStarted()).isEqualTo(1);
		assertThat(this.events).hasSize(2)
			.allSatisfy((event) -> assertThat(event).isInstanceOf(RunFinished.class))
			.extracting((event) -> ((RunFinished) event).virtualThreadsStarted())
			.containsExactly(1L, 0L);
	}

	private static <R> Probe<R> probe(String label, Probe.Body<R> body) {
		return new Probe<>(label, body);
	}

	static List<Thread> liveThreadsNamed(String prefix) {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.getName().startsWith(prefix) && thread.isAlive())
			.toList();
	}

	private static String sleep(long millis) throws InterruptedException {
		Thread.sleep(millis);
		return "slept";
	}

}
