package org.concurrency.lab.threading;

import java.time.Duration;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LiveThreads;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadStatesTests {

	@RepeatedTest(3)
	void runShouldSeeTheThreadInAllSixStatesInOrder() {
		ExperimentEngine engine = Engines.defaults();
		Report<ThreadStatesRequest, ThreadStatesResult> report = engine.run(new ThreadStates(),
				new ThreadStatesRequest(0));
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(report.result().states()).extracting(ThreadStatesResult.Observed::state)
			.containsExactly(Thread.State.NEW, Thread.State.RUNNABLE, Thread.State.BLOCKED, Thread.State.WAITING,
					Thread.State.TIMED_WAITING, Thread.State.TERMINATED);
		assertThat(report.result().states()).extracting(ThreadStatesResult.Observed::observedAtMs).isSorted();
		assertThat(report.result().states()).allSatisfy((state) -> {
			assertThat(state.polls()).isPositive();
			assertThat(state.how()).isNotBlank();
		});
		assertThat(LiveThreads.named(report.result().thread())).isEmpty();
	}

	@Test
	void runWhenDeadlinePassesShouldLeaveNoThreadBehind() {
		ExperimentEngine engine = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(300)));
		Report<ThreadStatesRequest, ThreadStatesResult> report = engine.run(new ThreadStates(),
				new ThreadStatesRequest(10_000));
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		assertThat(report.durationMs()).isLessThan(300 + LabLimits.defaults().grace().toMillis());
		assertThat(report.note()).contains("every thread and process it started was ended");
		assertThat(LiveThreads.named("observed-")).isEmpty();
		assertThat(LiveThreads.deadlocked()).isEmpty();
	}

}
