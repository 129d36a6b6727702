package org.concurrency.lab.sync;

import java.time.Duration;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LiveThreads;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatchEventTests {

	@Test
	void runShouldReleaseLatchWaitersWithOneLookEachWhilePollersLookAgainAndAgain() {
		ExperimentEngine engine = Engines.defaults();
		Report<EventRequest, EventResult> report = engine.run(new LatchEvent(), new EventRequest(3, 0.05, 5));
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		EventResult.Variant latch = report.result().variants().get(0);
		EventResult.Variant polling = report.result().variants().get(1);
		assertThat(latch.variant()).isEqualTo("latch");
		assertThat(latch.waiters()).hasSize(3).allSatisfy((waiter) -> {
			assertThat(waiter.checks()).isEqualTo(1);
			assertThat(waiter.latencyMs()).isNotNegative();
		});
		assertThat(polling.variant()).isEqualTo("polling");
		// each poller looked once before the signal was set, and once more to see it
		assertThat(polling.waiters()).hasSize(3).allSatisfy((waiter) -> assertThat(waiter.checks()).isGreaterThan(1));
		assertThat(polling.checks()).isGreaterThan(latch.checks());
		assertThat(report.completedTasks()).isEqualTo(6);
	}

	@Test
	void runWhenDeadlinePassesShouldLeaveNoWaiterBehind() {
		ExperimentEngine engine = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(300)));
		Report<EventRequest, EventResult> report = engine.run(new LatchEvent(), new EventRequest(3, 10.0, 10));
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		assertThat(report.durationMs()).isLessThan(300 + LabLimits.defaults().grace().toMillis());
		assertThat(report.note()).contains("every thread and process it started was ended");
		assertThat(LiveThreads.named("latch-waiter-")).isEmpty();
	}

}
