package org.concurrency.lab.deadlock;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LiveThreads;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TryLockBackoffTests {

	private final ExperimentEngine engine = Engines.defaults();

	@Test
	void runShouldCompleteEveryWorkerAfterAtLeastOneRetry() {
		for (int run = 0; run < 5; run++) {
			Report<TryLockRequest, TryLockResult> report = this.engine.run(new TryLockBackoff(),
					new TryLockRequest(3, 5, 0, 5));
			assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
			assertThat(report.result().completed()).isEqualTo(3);
			assertThat(report.result().retries()).isPositive();
			assertThat(report.result().workers()).extracting(TryLockResult.RetryingWorker::retries)
				.allSatisfy((retries) -> assertThat(retries).isNotNegative());
			assertThat(report.result().retries())
				.isEqualTo(report.result().workers().stream().mapToInt(TryLockResult.RetryingWorker::retries).sum());
			assertThat(LiveThreads.deadlocked()).isEmpty();
			assertThat(LiveThreads.named("worker-")).isEmpty();
		}
	}

}
