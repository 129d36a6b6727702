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

/**
 * The seed's producers and consumers, on one loop thread and on virtual threads: every
 * item consumed exactly once, each producer's items taken in order, the queue never above
 * its capacity.
 */
class AsyncProducerConsumerTests {

	private final ExperimentEngine engine = Engines.defaults();

	@AfterEach
	void nothingLeftRunning() {
		for (String prefix : List.of("event-loop-", "producer-", "consumer-")) {
			assertThat(LiveThreads.named(prefix)).as(prefix).isEmpty();
		}
	}

	@Test
	void runShouldLoseNothingAndKeepEachProducersOrderOnBothSides() {
		// the seed's shape, its delays a tenth
		Report<AsyncProducerConsumerRequest, AsyncProducerConsumerResult> report = this.engine.run(
				new AsyncProducerConsumer(), new AsyncProducerConsumerRequest(3, 5, 2, 10, 0.01, 0.05, 0.02, 0.06, 7L));
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		AsyncProducerConsumerResult result = report.result();
		for (AsyncProducerConsumerResult.Side side : List.of(result.eventLoop(), result.virtualThreads())) {
			assertThat(side.produced()).as(side.how()).isEqualTo(15);
			assertThat(side.consumed()).as(side.how()).isEqualTo(15);
			assertThat(side.lost()).as(side.how()).isZero();
			assertThat(side.duplicated()).as(side.how()).isZero();
			assertThat(side.nothingLost()).as(side.how()).isTrue();
			assertThat(side.inOrderPerProducer()).as(side.how()).isTrue();
			assertThat(side.sentinelsReceived()).as(side.how()).isEqualTo(2);
			assertThat(side.maxQueueSize()).as(side.how()).isBetween(1, 10);
			assertThat(side.perConsumer()).as(side.how()).containsOnlyKeys("consumer 0", "consumer 1");
			assertThat(side.perConsumer().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(15);
			assertThat(side.takeOrder()).as(side.how()).hasSize(15);
		}
		assertThat(result.eventLoop().threads()).containsExactly("event-loop-0");
		assertThat(result.virtualThreads().threadsUsed()).isEqualTo(5);
		assertThat(result.virtualThreads().threads())
			.allSatisfy((thread) -> assertThat(thread).matches("(producer|consumer)-\\d"));
		assertThat(report.threads().platformStarted()).isEqualTo(1);
		assertThat(report.threads().virtualStarted()).isEqualTo(5);
		// both sides took the same items, each producer's in the order it made them
		assertThat(result.eventLoop().takeOrder())
			.containsExactlyInAnyOrderElementsOf(result.virtualThreads().takeOrder());
		assertThat(report.note()).contains("none lost or duplicated",
				"every consumer took each producer's items in order");
	}

	@Test
	void runWhenConsumersAreSlowShouldFillTheQueueToItsCapacityAndNoFurther() {
		Report<AsyncProducerConsumerRequest, AsyncProducerConsumerResult> report = this.engine.run(
				new AsyncProducerConsumer(), new AsyncProducerConsumerRequest(3, 10, 2, 3, 0.0, 0.002, 0.01, 0.02, 1L));
		AsyncProducerConsumerResult.Side loop = report.result().eventLoop();
		// on the loop the size is seen exactly: producers far faster than consumers fill
		// it
		assertThat(loop.maxQueueSize()).isEqualTo(3);
		assertThat(report.result().virtualThreads().maxQueueSize()).isBetween(1, 3);
		assertThat(loop.nothingLost()).isTrue();
		assertThat(report.result().virtualThreads().nothingLost()).isTrue();
		assertThat(loop.inOrderPerProducer()).isTrue();
		assertThat(report.result().virtualThreads().inOrderPerProducer()).isTrue();
	}

	@Test
	void runWhenThousandsOfItemsWithoutDelaysShouldStillBeExact() {
		Report<AsyncProducerConsumerRequest, AsyncProducerConsumerResult> report = this.engine
			.run(new AsyncProducerConsumer(), new AsyncProducerConsumerRequest(10, 200, 4, 5, 0.0, 0.0, 0.0, 0.0, 3L));
		for (AsyncProducerConsumerResult.Side side : List.of(report.result().eventLoop(),
				report.result().virtualThreads())) {
			assertThat(side.consumed()).isEqualTo(2000);
			assertThat(side.nothingLost()).isTrue();
			assertThat(side.inOrderPerProducer()).isTrue();
			assertThat(side.maxQueueSize()).isLessThanOrEqualTo(5);
			assertThat(side.takeOrder()).hasSize(LabLimits.defaults().timelineEntries());
		}
		assertThat(report.timelineTruncated()).isTrue();
	}

	@Test
	void runWhenTheDeadlinePassesShouldTimeOutAndLeaveNothingRunning() {
		ExperimentEngine hurried = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(300)));
		// past the variant's own check, which refuses work that cannot end in time
		Report<AsyncRequest, AsyncProducerConsumerResult> report = hurried.run(
				new LoopProbe<>((context) -> new AsyncProducerConsumer()
					.run(new AsyncProducerConsumerRequest(3, 5, 2, 10, 1.0, 2.0, 1.0, 2.0, 1L), context)),
				new AsyncRequest(1, 0.0));
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		assertThat(report.durationMs()).isLessThan(300 + LabLimits.defaults().grace().toMillis());
	}

	@Test
	void runWhenOverTheLimitsShouldNameEachField() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(new AsyncProducerConsumer(),
					new AsyncProducerConsumerRequest(1000, 1000, 2, 10, 0.0, 0.0, 0.0, 0.0, 1L)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field).containsExactly("items"));
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(new AsyncProducerConsumer(),
					new AsyncProducerConsumerRequest(3, 5, 2, 10, 0.5, 0.1, 0.7, 0.6, 1L)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field)
				.containsExactly("min_produce_delay", "min_consume_delay"));
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(new AsyncProducerConsumer(),
					new AsyncProducerConsumerRequest(3, 5, 1, 10, 0.1, 0.5, 0.2, 2.0, 1L)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::limit)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("max_consume_delay", "lab.limits.deadline")));
	}

	@Test
	void requestWithoutFieldsShouldTakeTheSeedsNumbers() {
		assertThat(LabRequest.defaults(AsyncProducerConsumerRequest.class))
			.isEqualTo(new AsyncProducerConsumerRequest(3, 5, 2, 10, 0.1, 0.5, 0.2, 0.6, 42L));
	}

}
