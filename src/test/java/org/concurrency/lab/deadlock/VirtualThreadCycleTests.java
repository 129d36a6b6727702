package org.concurrency.lab.deadlock;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LiveThreads;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class VirtualThreadCycleTests {

	private final ExperimentEngine engine = Engines.defaults();

	@Test
	void runShouldNameTheCycleTheDetectorCannotSeeAndLeaveNothingStuck() {
		for (int run = 0; run < 5; run++) {
			Report<DeadlockRequest, VirtualDeadlockResult> report = run(new DeadlockRequest(2));
			assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
			VirtualDeadlockResult result = report.result();
			assertThat(result.detectorFound()).isEmpty();
			assertThat(result.threadInfos()).isZero();
			assertThat(result.cycle())
				.extracting(LockWait::thread, LockWait::state, LockWait::holds, LockWait::waitsFor, LockWait::heldBy)
				.containsExactly(tuple("worker-0", "WAITING", "lock-0", "lock-1", "worker-1"),
						tuple("worker-1", "WAITING", "lock-1", "lock-0", "worker-0"));
			assertThat(result.cycle()).allSatisfy(
					(wait) -> assertThat(wait.lockObject()).startsWith("java.util.concurrent.locks.ReentrantLock$"));
			assertThat(result.threadDump().threadsListed()).isEqualTo(2);
			assertThat(result.threadDump().fields()).contains("tid", "name", "state", "parkBlocker");
			assertThat(result.ownersFrom())
				.isEqualTo(result.threadDump().namesOwners() ? "the thread dump" : "the lab's locks");
			assertThat(result.completed()).containsExactly("worker-1");
			assertThat(result.threadsAliveAfter()).isEmpty();
			assertThat(result.locksHeldAfter()).isZero();
			assertThat(report.threads().virtualStarted()).isEqualTo(2);
			assertThat(LiveThreads.deadlocked()).isEmpty();
		}
	}

	@Test
	void runWithARingOfFourShouldNameEveryLinkAndUnwindFromTheVictim() {
		Report<DeadlockRequest, VirtualDeadlockResult> report = run(new DeadlockRequest(4));
		assertThat(report.result().cycle()).extracting(LockWait::thread)
			.containsExactly("worker-0", "worker-1", "worker-2", "worker-3");
		assertThat(report.result().cycle()).extracting(LockWait::waitsFor)
			.containsExactly("lock-1", "lock-2", "lock-3", "lock-0");
		assertThat(report.result().completed()).containsExactly("worker-3", "worker-2", "worker-1");
		assertThat(report.note()).contains("worker-0 → lock-1 (worker-1)", "found 0 of them");
	}

	private Report<DeadlockRequest, VirtualDeadlockResult> run(DeadlockRequest request) {
		return this.engine.run(new VirtualThreadCycle(), request);
	}

}
