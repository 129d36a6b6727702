package org.concurrency.lab.deadlock;

import java.time.Duration;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LiveThreads;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CircularWaitTests {

	private final ExperimentEngine engine = Engines.defaults();

	@Test
	void runShouldNameTheCycleAndLeaveNoThreadBehindEveryTime() throws InterruptedException {
		run(new DeadlockRequest(2)); // the first run loads the classes and the management
										// beans
		int before = LiveThreads.platformCount();
		for (int run = 0; run < 20; run++) {
			Report<DeadlockRequest, DeadlockResult> report = run(new DeadlockRequest(2));
			assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
			assertThat(report.result().cycle())
				.extracting(LockWait::thread, LockWait::holds, LockWait::waitsFor, LockWait::heldBy)
				.containsExactly(tuple("worker-0", "lock-0", "lock-1", "worker-1"),
						tuple("worker-1", "lock-1", "lock-0", "worker-0"));
			assertThat(report.result().completed()).containsExactly("worker-1");
			assertThat(report.result().deadlockedAfter()).isZero();
			assertThat(LiveThreads.deadlocked()).isEmpty();
			assertThat(LiveThreads.named("worker-")).isEmpty();
		}
		// The engine joined every thread it started before returning, and a thread leaves
		// the JVM's count before join() returns; the bounded wait only absorbs a JVM
		// thread of its own ending or starting at that moment: the assertion is no
		// increase.
		assertThat(settledPlatformCount(before)).isLessThanOrEqualTo(before);
	}

	@Test
	void runWithARingOfFourShouldUnwindTheChainFromTheVictim() {
		Report<DeadlockRequest, DeadlockResult> report = run(new DeadlockRequest(4));
		assertThat(report.result().cycle()).extracting(LockWait::thread)
			.containsExactly("worker-0", "worker-1", "worker-2", "worker-3");
		assertThat(report.result().cycle()).extracting(LockWait::waitsFor)
			.containsExactly("lock-1", "lock-2", "lock-3", "lock-0");
		assertThat(report.result().cycle()).allSatisfy((wait) -> {
			assertThat(wait.state()).isEqualTo("WAITING");
			assertThat(wait.lockObject()).contains("ReentrantLock");
		});
		assertThat(report.result().brokenBy().victim()).isEqualTo("worker-0");
		assertThat(report.result().completed()).containsExactly("worker-3", "worker-2", "worker-1");
		assertThat(report.result().brokenAfterMs()).isGreaterThanOrEqualTo(report.result().detectedAfterMs());
		assertThat(report.completedTasks()).isEqualTo(3);
		assertThat(report.note()).contains("worker-0 → lock-1 (worker-1)", "circular wait");
	}

	private Report<DeadlockRequest, DeadlockResult> run(DeadlockRequest request) {
		return this.engine.run(new CircularWait(), request);
	}

	private static int settledPlatformCount(int expected) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
		while (LiveThreads.platformCount() > expected && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		return LiveThreads.platformCount();
	}

}
