package org.concurrency.lab.pattern;

import java.time.Duration;
import java.util.List;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LimitExceededException;
import org.concurrency.lab.experiment.LiveThreads;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.concurrency.lab.experiment.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PatternVariantTests {

	private final ExperimentEngine engine = Engines.of(LabLimits.defaults());

	@AfterEach
	void nothingLeftRunning() {
		for (String prefix : List.of("generate-", "transform-", "aggregate-", "producer-", "worker-", "collector-",
				"adder-", "seed-worker-", "pill-worker-", "fixed-pool-", "naive-", "rw-", "chm-", "actor-",
				"supervisor-")) {
			assertThat(LiveThreads.named(prefix)).as(prefix).isEmpty();
		}
	}

	@Test
	void pipelineShouldSumEverySquareExactly() {
		Report<PipelineRequest, PipelineResult> report = this.engine.run(new Pipeline(),
				new PipelineRequest(500, 3, 0L, null));
		PipelineResult result = report.result();
		assertThat(result.expected()).isEqualTo(500L * 501 * 1001 / 6);
		assertThat(result.pipeline().result()).isEqualTo(result.expected());
		assertThat(result.pipeline().complete()).isTrue();
		assertThat(result.pipeline().itemsPerStage()).containsExactly(
				org.assertj.core.api.Assertions.entry("generate", 500L),
				org.assertj.core.api.Assertions.entry("transform", 500L),
				org.assertj.core.api.Assertions.entry("aggregate", 500L));
		assertThat(result.pipeline().stages()).hasSize(5)
			.allSatisfy((stage) -> assertThat(stage.ended()).isEqualTo("finished"));
		assertThat(result.pipeline().threadsAliveAfter()).isEmpty();
		assertThat(result.headOnly()).isNull();
		assertThat(report.threads().platformStarted()).isEqualTo(5);
	}

	@Test
	void pipelineWhenCancelledShouldStopEveryStageAndLeaveNothingRunning() {
		// 2000 items of 1 ms on 2 threads take over a second: at 100 ms it is mid-way
		Report<PipelineRequest, PipelineResult> report = this.engine.run(new Pipeline(),
				new PipelineRequest(2000, 2, 1L, 100L));
		PipelineResult.PipelineRun whole = report.result().pipeline();
		assertThat(whole.cancelled()).isTrue();
		assertThat(whole.complete()).isFalse();
		assertThat(whole.stages()).allSatisfy((stage) -> assertThat(stage.ended()).isEqualTo("cancelled"));
		assertThat(whole.itemsPerStage().get("generate")).isBetween(1L, 1999L);
		assertThat(whole.itemsPerStage().get("aggregate")).isLessThanOrEqualTo(whole.itemsPerStage().get("transform"));
		assertThat(whole.leftRunning()).isEmpty();
		assertThat(whole.threadsAliveAfter()).isEmpty();

		PipelineResult.PipelineRun headOnly = report.result().headOnly();
		assertThat(headOnly).isNotNull();
		assertThat(headOnly.leftRunning()).hasSize(3) // both transforms and the aggregate
			.noneSatisfy((thread) -> assertThat(thread).startsWith("generate-"));
		assertThat(headOnly.threadsAliveAfter()).isEmpty(); // the lab ended them
	}

	@Test
	void fanOutFanInShouldCountEveryResultOnceAndTheSharedTotalShouldLoseSome() {
		Report<FanOutFanInRequest, FanOutFanInResult> report = this.engine.run(new FanOutFanIn(),
				new FanOutFanInRequest(40, 4, 1L));
		FanOutFanInResult result = report.result();
		assertThat(result.expected()).isEqualTo(40L * 41);
		FanOutFanInResult.FanRun fanIn = result.fanIn();
		assertThat(fanIn.processed()).isEqualTo(40);
		assertThat(fanIn.total()).isEqualTo(result.expected());
		assertThat(fanIn.missing()).isZero();
		assertThat(fanIn.duplicates()).isZero();
		assertThat(fanIn.perWorker().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(40);
		assertThat(fanIn.threadsAliveAfter()).isEmpty();
		FanOutFanInResult.FanRun shared = result.sharedTotal();
		assertThat(shared.processed()).isEqualTo(40); // every task processed…
		assertThat(shared.total()).isLessThan(result.expected()); // …yet results lost
		assertThat(shared.lost()).isEqualTo(result.expected() - shared.total());
	}

	@Test
	void actorsShouldKeepExactStatesAndEndWhenToldByMessage() {
		Report<ActorRequest, ActorResult> report = this.engine.run(new Actors(), new ActorRequest(2, 20, 0L));
		ActorResult result = report.result();
		assertThat(result.expectedState()).isEqualTo(210);
		ActorResult.ActorRun message = result.shutdownMessage();
		assertThat(message.messagesSent()).isEqualTo(40);
		assertThat(message.processed()).isEqualTo(40);
		assertThat(message.dropped()).isZero();
		assertThat(message.replies()).isEqualTo(2);
		assertThat(message.statesExact()).isTrue();
		assertThat(message.actorCounts()).allSatisfy((actor) -> {
			assertThat(actor.state()).isEqualTo(210);
			assertThat(actor.reported()).isTrue();
		});
		assertThat(message.threadsAliveAfter()).isEmpty();
		ActorResult.ActorRun flag = result.stopFlag();
		assertThat(flag.processed()).isEqualTo(20); // half of each mailbox
		// the rest, the report, two shutdowns
		assertThat(flag.dropped()).isEqualTo(2 * (10 + 3));
		assertThat(flag.replies()).isZero();
		assertThat(flag.actorCounts()).allSatisfy((actor) -> assertThat(actor.state()).isEqualTo(55));
		assertThat(flag.threadsAliveAfter()).isEmpty();
	}

	@Test
	void workerPoolShouldLoseTheSlowProducersTasksOnlyWhenWorkersLeaveOnAnEmptyQueue() {
		Report<WorkerPoolRequest, WorkerPoolResult> report = this.engine.run(new WorkerPool(),
				new WorkerPoolRequest(40, 3, 1L));
		WorkerPoolResult result = report.result();
		WorkerPoolResult.PoolRun seed = result.emptyMeansDone();
		assertThat(seed.processed()).isEqualTo(20);
		assertThat(seed.missing()).isEqualTo(20);
		assertThat(seed.gaveUp()).isEqualTo(3);
		assertThat(seed.leftInQueue()).isEqualTo(20);
		assertThat(seed.result()).isEqualTo(20L * 21);
		for (WorkerPoolResult.PoolRun exact : List.of(result.poisonPill(), result.fixedThreadPool())) {
			assertThat(exact.processed()).isEqualTo(40);
			assertThat(exact.missing()).isZero();
			assertThat(exact.duplicates()).isZero();
			assertThat(exact.result()).isEqualTo(result.expected());
			assertThat(exact.perWorker()).hasSizeLessThanOrEqualTo(3);
			assertThat(exact.perWorker().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(40);
			// the same pause
			assertThat(exact.pausedMs()).isGreaterThanOrEqualTo(seed.pausedMs() - 1);
		}
		assertThat(seed.pausedMs()).isGreaterThanOrEqualTo(WorkerPool.PATIENCE.toMillis());
	}

	@Test
	void cacheShouldLoadEachKeyOncePerExpiryUnlessItIsNaive() {
		Report<CacheRequest, CacheResult> report = this.engine.run(new Cache(),
				new CacheRequest(4, 1, 2, 50L, 5L, 150L));
		CacheResult result = report.result();
		// every reader loaded key 0
		assertThat(result.naive().duplicateLoads()).isGreaterThanOrEqualTo(3);
		for (CacheResult.CacheRun safe : List.of(result.readWriteLock(), result.computeIfAbsent())) {
			assertThat(safe.duplicateLoads()).isZero();
			assertThat(safe.loadsPerKey()).allSatisfy((loads) -> assertThat(loads).isPositive());
		}
		for (CacheResult.CacheRun run : List.of(result.naive(), result.readWriteLock(), result.computeIfAbsent())) {
			assertThat(run.hits() + run.misses() + run.expirations()).isEqualTo(run.reads());
			assertThat(run.loadsPerKey().stream().mapToLong(Long::longValue).sum()).isEqualTo(run.loads());
			assertThat(run.threadsAliveAfter()).isEmpty();
		}
	}

	@Test
	void runWhenTheDeadlinePassesShouldTimeOutAndLeaveNothingRunning() {
		ExperimentEngine hurried = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(300)));
		Report<PipelineRequest, PipelineResult> pipeline = hurried.run(new Pipeline(),
				new PipelineRequest(100_000, 2, 5L, null));
		assertThat(pipeline.status()).isEqualTo(RunStatus.TIMED_OUT);
		// stopped at the deadline, not at the end of its work: within the grace the
		// engine allows
		assertThat(pipeline.durationMs()).isLessThan(300 + LabLimits.defaults().grace().toMillis());
		assertThat(pipeline.note()).contains("every thread and process it started was ended");
		Report<ActorRequest, ActorResult> actors = hurried.run(new Actors(), new ActorRequest(2, 1000, 10L));
		assertThat(actors.status()).isEqualTo(RunStatus.TIMED_OUT);
		// stopped at the deadline, not at the end of its work: within the grace the
		// engine allows
		assertThat(actors.durationMs()).isLessThan(300 + LabLimits.defaults().grace().toMillis());
		Report<CacheRequest, CacheResult> cache = hurried.run(new Cache(), new CacheRequest(4, 1, 2, 50L, 5L, 5000L));
		assertThat(cache.status()).isEqualTo(RunStatus.TIMED_OUT);
		// stopped at the deadline, not at the end of its work: within the grace the
		// engine allows
		assertThat(cache.durationMs()).isLessThan(300 + LabLimits.defaults().grace().toMillis());
	}

	@Test
	void runWhenOverTheLimitsShouldNameEachField() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(new Pipeline(), new PipelineRequest(1_000_000, 5000, 60_000L, 60_000L)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field)
				.containsExactly("items", "workers", "delay_ms", "cancel_after_ms"));
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(new Cache(), new CacheRequest(400, 0, 1, 100L, 1L, 100L)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::limit)
				.containsExactly("lab.limits.platform-threads"));
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(new Actors(), new ActorRequest(10, 100_000, 0L)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field).containsExactly("messages"));
	}

}
