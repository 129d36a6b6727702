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

class ProducerConsumerTests {

	private static final ProducerConsumerRequest SMALL = new ProducerConsumerRequest(3, 2, 40, 4, 0);

	private final ExperimentEngine engine = Engines.defaults();

	@Test
	void runShouldConsumeEveryItemExactlyOnce() {
		ProducerConsumerResult result = run(SMALL).result();
		assertThat(result.produced()).isEqualTo(120);
		assertThat(result.consumed()).isEqualTo(120);
		assertThat(result.lost()).isZero();
		assertThat(result.duplicated()).isZero();
		assertThat(result.perConsumer()).hasSize(2);
		assertThat(result.perConsumer().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(120);
		assertThat(result.poisonPills()).isEqualTo(2);
	}

	@Test
	void runShouldNeverSeeTheQueueAboveItsCapacity() {
		ProducerConsumerResult result = run(new ProducerConsumerRequest(2, 1, 50, 3, 1)).result();
		assertThat(result.maxSampledSize()).isBetween(0, 3);
		assertThat(result.queueSamples()).isNotEmpty()
			.hasSizeLessThanOrEqualTo(QueueSampler.MAX_SAMPLES)
			.allSatisfy((sample) -> assertThat(sample.size()).isBetween(0, 3));
	}

	@Test
	void runWithIdleTimeoutShouldLoseWhatIsProducedAfterTheConsumersQuit() {
		ProducerConsumerResult.IdleTimeoutRun broken = run(SMALL).result().withIdleTimeout();
		assertThat(broken.produced()).isEqualTo(120);
		// at least every producer's second half
		assertThat(broken.lost()).isGreaterThanOrEqualTo(3 * 20);
		assertThat(broken.consumed() + broken.lost()).isEqualTo(broken.produced());
		assertThat(broken.leftInQueue()).isEqualTo(broken.lost());
		assertThat(broken.duplicated()).isZero();
	}

	@Test
	void runShouldLeaveNoThreadBehind() {
		run(SMALL);
		assertThat(LiveThreads.deadlocked()).isEmpty();
		assertThat(LiveThreads.named("producer-")).isEmpty();
		assertThat(LiveThreads.named("consumer-")).isEmpty();
		assertThat(LiveThreads.named("idle-")).isEmpty();
		assertThat(LiveThreads.named("sampler-")).isEmpty();
	}

	@Test
	void runWithATinyDeadlineShouldTimeOutPromptlyAndCleanly() {
		ExperimentEngine tight = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(300)));
		Report<ProducerConsumerRequest, ProducerConsumerResult> report = tight.run(new ProducerConsumer(),
				new ProducerConsumerRequest(2, 1, 1000, 2, 5));
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		// stopped at the deadline, not at the end of its work: within the grace the
		// engine allows
		assertThat(report.durationMs()).isLessThan(300 + LabLimits.defaults().grace().toMillis());
		assertThat(report.note()).contains("every thread and process it started was ended");
		assertThat(LiveThreads.named("producer-")).isEmpty();
		assertThat(LiveThreads.named("consumer-")).isEmpty();
		assertThat(LiveThreads.named("sampler-")).isEmpty();
	}

	private Report<ProducerConsumerRequest, ProducerConsumerResult> run(ProducerConsumerRequest request) {
		Report<ProducerConsumerRequest, ProducerConsumerResult> report = this.engine.run(new ProducerConsumer(),
				request);
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		return report;
	}

}
