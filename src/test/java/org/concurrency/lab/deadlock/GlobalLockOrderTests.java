package org.concurrency.lab.deadlock;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LiveThreads;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class GlobalLockOrderTests {

	private final ExperimentEngine engine = Engines.defaults();

	@Test
	void runShouldCompleteEveryWorkerWithoutADeadlock() {
		for (int run = 0; run < 5; run++) {
			Report<DeadlockRequest, LockOrderResult> report = this.engine.run(new GlobalLockOrder(),
					new DeadlockRequest(4));
			assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
			assertThat(report.result().completed()).isEqualTo(4);
			assertThat(report.result().acquisitions()).isEqualTo(8);
			assertThat(report.result().deadlocked()).isFalse();
			assertThat(report.result().detectorPolls()).isPositive();
			assertThat(LiveThreads.named("worker-")).isEmpty();
		}
	}

	@Test
	void runShouldTakeTheLowerNumberedLockFirst() {
		Report<DeadlockRequest, LockOrderResult> report = this.engine.run(new GlobalLockOrder(),
				new DeadlockRequest(3));
		assertThat(report.result().workers())
			.extracting(LockOrderResult.OrderedWorker::first, LockOrderResult.OrderedWorker::second)
			.containsExactly(tuple("lock-0", "lock-1"), tuple("lock-1", "lock-2"), tuple("lock-0", "lock-2"));
	}

}
