package org.concurrency.lab.async;

import java.time.Duration;

import org.assertj.core.groups.Tuple;
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
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Results from worker threads come back to the loop: their callbacks run on the workers
 * when a worker completes the future itself, on the loop when it hands the completion to
 * the loop; a coroutine submitted from a worker runs on the loop, one submitted and
 * waited for on the loop cannot run until the wait gives up.
 */
class ThreadsAndLoopTests {

	private final ExperimentEngine engine = Engines.defaults();

	@AfterEach
	void nothingLeftRunning() {
		assertThat(LiveThreads.named("event-loop-")).isEmpty();
		assertThat(LiveThreads.named("worker-")).isEmpty();
	}

	@Test
	void runShouldRunTheCallbacksOnTheLoopOnlyWhenTheCompletionIsHandedBack() {
		Report<ThreadsAndLoopRequest, ThreadsAndLoopResult> report = this.engine.run(new ThreadsAndLoop(),
				new ThreadsAndLoopRequest(8, 0.1, 4, 100_000, 0.01));
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		ThreadsAndLoopResult result = report.result();
		String loop = result.loopThread();
		assertThat(loop).isEqualTo("event-loop-0");

		ThreadsAndLoopResult.Handoff broken = result.fromTheWorker();
		assertThat(broken.callbacks()).isEqualTo(8);
		// attached on the loop before the work began: run by the thread that completed
		assertThat(broken.callbacksOnLoop()).isZero();
		assertThat(broken.callbacksOffLoop()).isEqualTo(8);
		assertThat(broken.callbackThreads()).isNotEmpty()
			.allSatisfy((thread) -> assertThat(thread).startsWith("worker-"));
		// the loop's ticks read the tally while the workers wrote it
		assertThat(broken.stateTouchedBy()).contains(loop).containsAll(broken.callbackThreads());
		assertThat(broken.rowsExpected()).isEqualTo(800_000);
		assertThat(broken.rowsCounted()).isLessThanOrEqualTo(broken.rowsExpected());
		assertThat(broken.rowsLost()).isEqualTo(broken.rowsExpected() - broken.rowsCounted());

		ThreadsAndLoopResult.Handoff fixed = result.threadsafe();
		assertThat(fixed.callbacks()).isEqualTo(8);
		assertThat(fixed.callbacksOnLoop()).isEqualTo(8);
		assertThat(fixed.callbacksOffLoop()).isZero();
		assertThat(fixed.callbackThreads()).containsExactly(loop);
		assertThat(fixed.stateTouchedBy()).containsExactly(loop);
		assertThat(fixed.overlappingTouches()).isZero();
		assertThat(fixed.rowsCounted()).isEqualTo(800_000);
		assertThat(fixed.rowsLost()).isZero();

		// the loop ticked while the threads blocked: wide margins, not timing
		for (ThreadsAndLoopResult.Ticks ticks : new ThreadsAndLoopResult.Ticks[] { broken.heartbeat(),
				fixed.heartbeat(), result.coroutines().heartbeat() }) {
			assertThat(ticks.ticksExpected()).isGreaterThanOrEqualTo(19); // two waves of
																			// 100 ms
			assertThat(ticks.ticks()).isGreaterThanOrEqualTo(ticks.ticksExpected() / 4);
		}
		assertThat(report.threads().platformStarted()).isEqualTo(1 + 4);
		assertThat(report.note()).contains("all 8 ran on event-loop-0");
	}

	@Test
	void runShouldRunEveryCoroutineOnTheLoopAndNeverFinishAWaitOnTheLoopItself() {
		Report<ThreadsAndLoopRequest, ThreadsAndLoopResult> report = this.engine.run(new ThreadsAndLoop(),
				new ThreadsAndLoopRequest(6, 0.1, 3, 1000, 0.01));
		ThreadsAndLoopResult.CoroutineCalls coroutines = report.result().coroutines();
		assertThat(coroutines.submitted()).isEqualTo(6);
		assertThat(coroutines.answered()).isEqualTo(6); // each thread got its own answer
		assertThat(coroutines.coroutineThreads()).containsExactly("event-loop-0");
		assertThat(coroutines.waitingThreads()).hasSize(3)
			.allSatisfy((thread) -> assertThat(thread).startsWith("worker-"));

		ThreadsAndLoopResult.LoopWait onTheLoop = report.result().fromTheLoop();
		assertThat(onTheLoop.patienceMs()).isEqualTo(100);
		assertThat(onTheLoop.gaveUp()).isTrue();
		// the coroutine could start only once the loop's thread stopped waiting
		assertThat(onTheLoop.coroutineStartedMs()).isGreaterThanOrEqualTo(onTheLoop.patienceMs());
		assertThat(onTheLoop.longestTickGapMs()).isGreaterThanOrEqualTo(onTheLoop.patienceMs() - 15);
	}

	@Test
	void runWhenTheDeadlinePassesShouldTimeOutAndLeaveNothingRunning() {
		ExperimentEngine hurried = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(300)));
		// past the variant's own check, which refuses work that cannot end in time
		Report<AsyncRequest, ThreadsAndLoopResult> report = hurried.run(
				new LoopProbe<>(
						(context) -> new ThreadsAndLoop().run(new ThreadsAndLoopRequest(4, 5.0, 2, 10, 0.01), context)),
				new AsyncRequest(1, 0.0));
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		assertThat(report.durationMs()).isLessThan(300 + LabLimits.defaults().grace().toMillis());
		assertThat(report.note()).contains("every thread and process it started was ended");
	}

	@Test
	void runWhenThePartsWouldOutlastTheDeadlineShouldNameTheField() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(new ThreadsAndLoop(), new ThreadsAndLoopRequest(100, 1.0, 4, 10, 0.01)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::limit)
				.containsExactly(Tuple.tuple("tasks", "lab.limits.deadline")));
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(new ThreadsAndLoop(), new ThreadsAndLoopRequest(1, 6.0, 1, 10, 0.01)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field).containsExactly("delay"));
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(new ThreadsAndLoop(), new ThreadsAndLoopRequest(4, 0.1, 2000, 10, 20.0)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::limit)
				.containsExactly(Tuple.tuple("workers", "lab.limits.platform-threads"),
						Tuple.tuple("tick", "lab.limits.delay")));
	}

	@Test
	void requestWithoutFieldsShouldTakeTheDefaults() {
		assertThat(LabRequest.defaults(ThreadsAndLoopRequest.class))
			.isEqualTo(new ThreadsAndLoopRequest(8, 0.2, 4, 1_000_000, 0.01));
	}

}
