package org.concurrency.lab.queue;

import java.time.Duration;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LiveThreads;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedQueueTests {

	private static final BoundedQueueRequest SMALL = new BoundedQueueRequest(2, 5, 10, 400);

	private final ExperimentEngine engine = Engines.defaults();

	@Test
	void putShouldMakeExactlyTheProducersBeyondCapacityWait() {
		// each of those waits at least one consumer delay (10 ms) for its slot
		BoundedQueueResult.PutRun put = run(SMALL).put();
		assertThat(put.attempted()).isEqualTo(5);
		assertThat(put.accepted()).isEqualTo(5);
		assertThat(put.refused()).isZero();
		assertThat(put.blocked()).isEqualTo(3);
		assertThat(put.producers()).hasSize(5)
			.filteredOn(BoundedQueueResult.ProducerWait::blocked)
			.hasSize(3)
			.allSatisfy((wait) -> assertThat(wait.waitedMs()).isGreaterThanOrEqualTo(10));
	}

	@Test
	void offerShouldRefuseExactlyTheProducersBeyondCapacity() {
		BoundedQueueResult.OfferRun offer = run(SMALL).offer();
		assertThat(offer.attempted()).isEqualTo(5);
		assertThat(offer.accepted()).isEqualTo(2);
		assertThat(offer.refused()).isEqualTo(3);
	}

	@Test
	void offerWithTimeoutShouldLetOneInWhenASlotIsFreedAndTimeTheOtherOut() {
		BoundedQueueResult.TimedOfferRun timed = run(SMALL).offerWithTimeout();
		assertThat(timed.attempted()).isEqualTo(2);
		assertThat(timed.accepted() + timed.refused()).isEqualTo(2);
		assertThat(timed.accepted()).isEqualTo(1);
		// the one refused waited its whole timeout; the one accepted, until the slot was
		// freed a quarter of the timeout after both waited
		assertThat(timed.producers()).filteredOn((wait) -> !wait.accepted())
			.singleElement()
			.satisfies((wait) -> assertThat(wait.waitedMs()).isGreaterThanOrEqualTo(400));
		assertThat(timed.producers()).filteredOn(BoundedQueueResult.ProducerWait::accepted)
			.singleElement()
			.satisfies((wait) -> assertThat(wait.waitedMs()).isGreaterThanOrEqualTo(100));
	}

	@Test
	void runWhenProducersFitShouldMakeNobodyWait() {
		BoundedQueueResult result = run(new BoundedQueueRequest(4, 3, 10, 50));
		assertThat(result.put().blocked()).isZero();
		assertThat(result.offer().refused()).isZero();
	}

	@Test
	void runWithATinyDeadlineShouldTimeOutPromptlyAndCleanly() {
		ExperimentEngine tight = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(300)));
		Report<BoundedQueueRequest, BoundedQueueResult> report = tight.run(new BoundedQueue(),
				new BoundedQueueRequest(1, 20, 500, 1000));
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		// stopped at the deadline, not at the end of its work: within the grace the
		// engine allows
		assertThat(report.durationMs()).isLessThan(300 + LabLimits.defaults().grace().toMillis());
		assertThat(report.note()).contains("every thread and process it started was ended");
		assertThat(LiveThreads.named("putter-")).isEmpty();
		assertThat(LiveThreads.named("slow-consumer-")).isEmpty();
	}

	private BoundedQueueResult run(BoundedQueueRequest request) {
		Report<BoundedQueueRequest, BoundedQueueResult> report = this.engine.run(new BoundedQueue(), request);
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(LiveThreads.deadlocked()).isEmpty();
		assertThat(LiveThreads.named("putter-")).isEmpty();
		assertThat(LiveThreads.named("offerer-")).isEmpty();
		assertThat(LiveThreads.named("late-")).isEmpty();
		return report.result();
	}

}
