package org.concurrency.lab.semaphore;

import java.time.Duration;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LiveThreads;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MaxConcurrencyTests {

	private final ExperimentEngine engine = Engines.defaults();

	@ParameterizedTest
	@CsvSource({ "10, 3", "5, 1", "4, 4", "3, 8" })
	void runShouldReachThePermitsAndNeverExceedThem(int workers, int permits) {
		MaxConcurrencyResult result = run(new MaxConcurrencyRequest(workers, permits, 5)).result();
		int room = Math.min(workers, permits);
		assertThat(result.withSemaphore().workers()).isEqualTo(workers);
		assertThat(result.withSemaphore().maxConcurrent()).isEqualTo(room);
		assertThat(result.withSemaphore().waitedForPermit()).isEqualTo(workers - room);
		assertThat(result.withoutSemaphore().maxConcurrent()).isEqualTo(workers);
		assertThat(result.withoutSemaphore().waitedForPermit()).isZero();
		assertThat(LiveThreads.deadlocked()).isEmpty();
		assertThat(LiveThreads.named("worker-")).isEmpty();
		assertThat(LiveThreads.named("unlimited-")).isEmpty();
	}

	@Test
	void runShouldTimeEveryWorkerInTheTimeline() {
		Report<MaxConcurrencyRequest, MaxConcurrencyResult> report = run(new MaxConcurrencyRequest(6, 2, 5));
		assertThat(report.completedTasks()).isEqualTo(12);
	}

	@Test
	void runWithATinyDeadlineShouldTimeOutPromptlyAndCleanly() {
		ExperimentEngine tight = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(300)));
		Report<MaxConcurrencyRequest, MaxConcurrencyResult> report = tight.run(new MaxConcurrency(),
				new MaxConcurrencyRequest(6, 2, 3000));
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		// stopped at the deadline, not at the end of its work: within the grace the
		// engine allows
		assertThat(report.durationMs()).isLessThan(300 + LabLimits.defaults().grace().toMillis());
		assertThat(report.note()).contains("every thread and process it started was ended");
		assertThat(LiveThreads.named("worker-")).isEmpty();
	}

	private Report<MaxConcurrencyRequest, MaxConcurrencyResult> run(MaxConcurrencyRequest request) {
		Report<MaxConcurrencyRequest, MaxConcurrencyResult> report = this.engine.run(new MaxConcurrency(), request);
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		return report;
	}

}
