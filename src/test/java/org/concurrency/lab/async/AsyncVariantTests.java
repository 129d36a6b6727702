package org.concurrency.lab.async;

import java.time.Duration;
import java.util.List;

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

class AsyncVariantTests {

	private final ExperimentEngine engine = Engines.of(LabLimits.defaults());

	@AfterEach
	void nothingLeftRunning() {
		for (String prefix : List.of("event-loop-", "executor-", "blocked-loop-", "free-loop-", "left-running-",
				"cancelled-", "cf-cancel-", "future-cancel-", "in-order-")) {
			assertThat(LiveThreads.named(prefix)).as(prefix).isEmpty();
		}
	}

	@Test
	void gatherShouldTakeAboutTheSlowestWaitNotTheSum() {
		Report<AsyncRequest, GatherResult> report = this.engine.run(new Gather(), new AsyncRequest(10, 0.2));
		GatherResult result = report.result();
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(result.sumOfDelaysMs()).isEqualTo(1100.0); // 20 + 40 + … + 200
		assertThat(result.totalMs()).isGreaterThanOrEqualTo(result.slowestDelayMs() - 1)
			.isLessThan(result.sumOfDelaysMs() / 2);
		assertThat(result.sequentialMs()).isGreaterThanOrEqualTo(result.sumOfDelaysMs() - 1);
		assertThat(result.results()).hasSize(10).startsWith("result 0", "result 1").endsWith("result 9");
		assertThat(report.threads().platformStarted()).isEqualTo(1);
		assertThat(report.timeline()).extracting((entry) -> entry.worker()).containsOnly("event-loop-0");
	}

	@Test
	void runInExecutorWhenCalledOnTheLoopShouldStopItsTicks() {
		Report<RunInExecutorRequest, RunInExecutorResult> report = this.engine.run(new RunInExecutor(),
				new RunInExecutorRequest(2, 0.2, 0.01));
		RunInExecutorResult.ExecutorPhase onLoop = report.result().onLoop();
		RunInExecutorResult.ExecutorPhase inExecutor = report.result().inExecutor();
		assertThat(onLoop.ticks()).isZero(); // the loop's thread was blocked throughout
		// one call after the other
		assertThat(onLoop.durationMs()).isGreaterThanOrEqualTo(400);
		assertThat(onLoop.longestTickGapMs()).isGreaterThanOrEqualTo(390);
		assertThat(onLoop.calls()).extracting(RunInExecutorResult.BlockingCall::thread).containsOnly("event-loop-0");
		assertThat(inExecutor.ticks()).isPositive();
		assertThat(inExecutor.calls()).extracting(RunInExecutorResult.BlockingCall::thread)
			.allSatisfy((thread) -> assertThat(thread).startsWith("executor-"))
			.doesNotHaveDuplicates();
		assertThat(inExecutor.durationMs()).isLessThan(onLoop.durationMs());
		assertThat(report.threads().virtualStarted()).isEqualTo(2);
	}

	@Test
	void timeoutShouldLeaveLateWorkRunningWithOrTimeoutAndStopItWithTheFix() {
		// works of 200, 400, 600 and 800 ms against a timeout of 500 ms
		Report<TimeoutRequest, TimeoutResult> report = this.engine.run(new Timeout(), new TimeoutRequest(4, 0.8, 0.5));
		TimeoutResult result = report.result();
		assertThat(result.defaultValue()).isEqualTo(Timeout.DEFAULT_VALUE);
		TimeoutResult.TimeoutTask fastLeft = result.orTimeout().tasks().get(0);
		TimeoutResult.TimeoutTask lateLeft = result.orTimeout().tasks().get(3);
		assertThat(fastLeft.outcome()).isEqualTo("completed");
		assertThat(fastLeft.value()).isEqualTo("result 0");
		assertThat(lateLeft.outcome()).isEqualTo("timed_out");
		assertThat(lateLeft.value()).isEqualTo("TimeoutException");
		// the timeout was honoured: the future settled before its work ended
		assertThat(lateLeft.settledMs()).isLessThan(lateLeft.workEndedMs());
		assertThat(lateLeft.work()).isEqualTo("finished"); // yet the work ran on
		assertThat(lateLeft.stepsDone()).isEqualTo(lateLeft.stepsPlanned());
		assertThat(lateLeft.workEndedMs()).isGreaterThanOrEqualTo(800);

		TimeoutResult.TimeoutTask fastStopped = result.cancelled().tasks().get(0);
		TimeoutResult.TimeoutTask lateStopped = result.cancelled().tasks().get(3);
		assertThat(fastStopped.value()).isEqualTo("result 0");
		assertThat(lateStopped.outcome()).isEqualTo("timed_out");
		assertThat(lateStopped.value()).isEqualTo(Timeout.DEFAULT_VALUE);
		assertThat(lateStopped.work()).isEqualTo("stopped by its flag"); // really stopped
		assertThat(lateStopped.stepsDone()).isLessThan(lateStopped.stepsPlanned());
		assertThat(result.cancelled().timedOut()).contains(3);
		assertThat(result.orTimeout().timedOut()).contains(3);
	}

	@Test
	void asCompletedShouldGiveResultsInTheOrderTheyEnd() {
		Report<AsyncRequest, AsCompletedResult> report = this.engine.run(new AsCompleted(), new AsyncRequest(5, 0.25));
		AsCompletedResult result = report.result();
		// started slowest first
		assertThat(result.completionOrder()).containsExactly(4, 3, 2, 1, 0);
		assertThat(result.asCompleted()).extracting(AsCompletedResult.Received::endMs).isSorted();
		assertThat(result.inSubmissionOrder()).extracting(AsCompletedResult.Received::task)
			.containsExactly(0, 1, 2, 3, 4);
		double slowestEnd = result.inSubmissionOrder().getFirst().endMs();
		assertThat(result.inSubmissionOrder())
			.allSatisfy((received) -> assertThat(received.receivedMs()).isGreaterThanOrEqualTo(slowestEnd));
		assertThat(result.firstResultMs()).isLessThan(result.firstResultInSubmissionOrderMs());
	}

	@Test
	void exceptionsShouldBeCollectedOrFailFastCancellingTheRest() {
		Report<ExceptionsRequest, ExceptionsResult> report = this.engine.run(new Exceptions(),
				new ExceptionsRequest(5, 0.25, List.of(1, 3)));
		ExceptionsResult.ExceptionsRun collected = report.result().collected();
		assertThat(collected.succeeded()).containsExactly(0, 2, 4);
		assertThat(collected.failed()).containsExactly(1, 3);
		assertThat(collected.cancelled()).isEmpty();
		assertThat(collected.tasks()).allSatisfy((task) -> assertThat(task.workRan()).isTrue());
		assertThat(collected.tasks().get(3).value()).isEqualTo("task 3 failed");

		ExceptionsResult.ExceptionsRun failFast = report.result().failFast();
		assertThat(failFast.error()).isEqualTo("task 1 failed");
		assertThat(failFast.succeeded()).containsExactly(0);
		assertThat(failFast.failed()).containsExactly(1);
		assertThat(failFast.cancelled()).containsExactly(2, 3, 4);
		assertThat(failFast.tasks().subList(2, 5)).allSatisfy((task) -> {
			assertThat(task.outcome()).isEqualTo("cancelled");
			assertThat(task.workRan()).isFalse();
		});
		assertThat(failFast.endedMs()).isLessThan(collected.endedMs());
	}

	@Test
	void cancellationShouldStopTheWorkOnlyThroughTheExecutorsFuture() {
		// works of 200 to 800 ms; at 300 ms the even ones still running are cancelled
		Report<CancellationRequest, CancellationResult> report = this.engine.run(new Cancellation(),
				new CancellationRequest(4, 0.8, 0.3));
		CancellationResult.CancellationRun completable = report.result().completableFuture();
		CancellationResult.CancellationRun future = report.result().future();
		assertThat(completable.cancelled()).contains(2).doesNotContain(1, 3);
		assertThat(future.cancelled()).contains(2).doesNotContain(1, 3);

		CancellationResult.CancelledTask onlySaidCancelled = completable.tasks().get(2);
		assertThat(onlySaidCancelled.futureState()).isEqualTo("cancelled");
		// CompletableFuture.cancel interrupts nothing
		assertThat(onlySaidCancelled.work()).isEqualTo("finished");
		assertThat(onlySaidCancelled.stepsDone()).isEqualTo(onlySaidCancelled.stepsPlanned());

		CancellationResult.CancelledTask reallyCancelled = future.tasks().get(2);
		assertThat(reallyCancelled.futureState()).isEqualTo("cancelled");
		assertThat(reallyCancelled.work()).isEqualTo("interrupted");
		assertThat(reallyCancelled.stepsDone()).isLessThan(reallyCancelled.stepsPlanned());
		// interrupted at the cancel, well before the same work left running ended
		assertThat(reallyCancelled.workEndedMs()).isLessThan(onlySaidCancelled.workEndedMs());

		assertThat(future.tasks().get(3).work()).isEqualTo("finished");
		assertThat(future.workRanOn()).isZero();
	}

	@Test
	void blockingEventLoopShouldMakeEveryTimerLateOnlyOnTheBlockedLoop() {
		Report<BlockingEventLoopRequest, BlockingEventLoopResult> report = this.engine.run(new BlockingEventLoop(),
				new BlockingEventLoopRequest(2, 0.4, 0.05));
		BlockingEventLoopResult.LoopRun blocked = report.result().blocked();
		BlockingEventLoopResult.LoopRun free = report.result().nonBlocking();
		// a timer due as the sleep began fires when it ends: 350 ms late or more
		assertThat(blocked.maxLagMs()).isGreaterThanOrEqualTo(350);
		assertThat(blocked.lateFirings()).isPositive();
		assertThat(free.maxLagMs()).isLessThan(blocked.maxLagMs());
		assertThat(blocked.waitEndedMs()).isGreaterThanOrEqualTo(600);
		assertThat(free.waitEndedMs()).isGreaterThanOrEqualTo(600);
		assertThat(blocked.timers()).hasSize(2).allSatisfy((timer) -> assertThat(timer.firings()).isPositive());
		assertThat(report.threads().platformStarted()).isEqualTo(2);
	}

	@Test
	void gatherWhenOneAfterAnotherWouldOutlastTheDeadlineShouldSkipIt() {
		Report<AsyncRequest, GatherResult> report = this.engine.run(new Gather(), new AsyncRequest(1000, 0.1));
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(report.result().sequentialMs()).isNull(); // 50 s one after another
		assertThat(report.result().results()).hasSize(LabLimits.defaults().timelineEntries());
		assertThat(report.completedTasks()).isEqualTo(1000);
	}

	@Test
	void runInExecutorWhenTheCallsOnTheLoopWouldOutlastTheDeadlineShouldNameIt() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(new RunInExecutor(), new RunInExecutorRequest(40, 0.5, 0.01)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::limit)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("tasks", "lab.limits.deadline")));
	}

	@Test
	void runWhenTheDeadlinePassesShouldTimeOutAndLeaveNothingRunning() {
		ExperimentEngine hurried = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(300)));
		Report<RunInExecutorRequest, RunInExecutorResult> blocked = hurried.run(new RunInExecutor(),
				new RunInExecutorRequest(1, 5.0, 0.01));
		assertThat(blocked.status()).isEqualTo(RunStatus.TIMED_OUT);
		// stopped at the deadline, not at the end of its work: within the grace the
		// engine allows
		assertThat(blocked.durationMs()).isLessThan(300 + LabLimits.defaults().grace().toMillis());
		assertThat(blocked.note()).contains("every thread and process it started was ended");
		Report<CancellationRequest, CancellationResult> cancelled = hurried.run(new Cancellation(),
				new CancellationRequest(3, 5.0, 4.0));
		assertThat(cancelled.status()).isEqualTo(RunStatus.TIMED_OUT);
		// stopped at the deadline, not at the end of its work: within the grace the
		// engine allows
		assertThat(cancelled.durationMs()).isLessThan(300 + LabLimits.defaults().grace().toMillis());
		Report<BlockingEventLoopRequest, BlockingEventLoopResult> loop = hurried.run(new BlockingEventLoop(),
				new BlockingEventLoopRequest(2, 5.0, 0.05));
		assertThat(loop.status()).isEqualTo(RunStatus.TIMED_OUT);
		// stopped at the deadline, not at the end of its work: within the grace the
		// engine allows
		assertThat(loop.durationMs()).isLessThan(300 + LabLimits.defaults().grace().toMillis());
	}

	@Test
	void runWhenOverTheLimitsShouldNameEachField() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(new Gather(), new AsyncRequest(1_000_000, 60.0)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::limit)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("tasks", "lab.limits.tasks"),
						org.assertj.core.groups.Tuple.tuple("delay", "lab.limits.delay")));
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(new Timeout(), new TimeoutRequest(5, 0.5, 11.0)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field).containsExactly("timeout"));
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(
					() -> this.engine.run(new BlockingEventLoop(), new BlockingEventLoopRequest(100_000, 10.0, 0.001)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field).containsExactly("tasks"));
	}

	@Test
	void exceptionsWhenAFailingTaskDoesNotExistShouldNameTheField() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(new Exceptions(), new ExceptionsRequest(5, 0.1, List.of(2, 5))))
			.satisfies((ex) -> assertThat(ex.violations()).singleElement().satisfies((violation) -> {
				assertThat(violation.field()).isEqualTo("failing");
				assertThat(violation.allowed()).contains("between 0 and 4");
			}));
	}

	@Test
	void requestsWithoutFieldsShouldTakeTheDefaults() {
		assertThat(LabRequest.defaults(AsyncRequest.class)).isEqualTo(new AsyncRequest(5, 0.5));
		assertThat(LabRequest.defaults(TimeoutRequest.class).timeout()).isEqualTo(0.25);
		assertThat(LabRequest.defaults(ExceptionsRequest.class).failing()).containsExactly(1, 3);
		assertThat(LabRequest.defaults(CancellationRequest.class).cancelAfter()).isEqualTo(0.25);
		assertThat(LabRequest.defaults(RunInExecutorRequest.class).tick()).isEqualTo(0.01);
		assertThat(LabRequest.defaults(BlockingEventLoopRequest.class).interval()).isEqualTo(0.05);
		assertThat(LabRequest.defaults(AsyncRequest.class).waitNanos(4)).isEqualTo(500_000_000L);
		assertThat(LabRequest.defaults(AsyncRequest.class).waitNanos(0)).isEqualTo(100_000_000L);
	}

}
