package org.concurrency.lab.semaphore;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LiveThreads;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class OverReleaseTests {

	private final ExperimentEngine engine = Engines.defaults();

	@ParameterizedTest
	@ValueSource(ints = { 1, 3 })
	void runShouldShowThePlainSemaphoreRaisedAndTheBoundedOneRefusing(int permits) {
		Report<OverReleaseRequest, OverReleaseResult> report = this.engine.run(new OverRelease(),
				new OverReleaseRequest(permits));
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		OverReleaseResult result = report.result();
		assertThat(result.initialPermits()).isEqualTo(permits);
		assertThat(result.plainSemaphore().availableAfterDoubleRelease()).isEqualTo(permits + 1);
		assertThat(result.plainSemaphore().extraReleaseAccepted()).isTrue();
		assertThat(result.plainSemaphore().refusal()).isNull();
		assertThat(result.plainSemaphore().maxConcurrent()).isEqualTo(permits + 1);
		assertThat(result.boundedSemaphore().availableAfterDoubleRelease()).isEqualTo(permits);
		assertThat(result.boundedSemaphore().extraReleaseAccepted()).isFalse();
		assertThat(result.boundedSemaphore().refusal()).contains("too many times");
		assertThat(result.boundedSemaphore().maxConcurrent()).isEqualTo(permits);
		assertThat(LiveThreads.deadlocked()).isEmpty();
		assertThat(LiveThreads.named("plain-")).isEmpty();
		assertThat(LiveThreads.named("bounded-")).isEmpty();
		assertThat(LiveThreads.named("buggy-")).isEmpty();
	}

}
