package org.concurrency.lab.threading;

import java.time.Duration;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DaemonThreadsTests {

	@Test
	void runShouldEndTheDaemonChildAtOnceAndKeepTheOtherForItsWorker() {
		ExperimentEngine engine = Engines.defaults();
		Report<DaemonRequest, DaemonResult> report = engine.run(new DaemonThreads(), new DaemonRequest(0.6, 50));
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		DaemonResult.Child cut = report.result().children().get(0);
		DaemonResult.Child kept = report.result().children().get(1);
		assertThat(cut.daemon()).isTrue();
		assertThat(cut.workerFinished()).isFalse();
		assertThat(cut.heartbeats()).isBetween(1, cut.heartbeatsPlanned() - 1);
		assertThat(kept.daemon()).isFalse();
		assertThat(kept.workerFinished()).isTrue();
		assertThat(kept.heartbeats()).isEqualTo(kept.heartbeatsPlanned()).isEqualTo(6);
		assertThat(kept.exitAfterMainMs()).isGreaterThan(2 * cut.exitAfterMainMs());
		assertThat(report.result().waited()).isEqualTo("non-daemon");
		assertThat(report.result().children()).allSatisfy((child) -> assertThat(child.exitCode()).isZero());
		assertThat(report.processes().spawned()).isEqualTo(2);
		assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive)).isEmpty();
	}

	@Test
	void runWhenDeadlinePassesShouldLeaveNoChildRunning() {
		ExperimentEngine engine = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(300)));
		Report<DaemonRequest, DaemonResult> report = engine.run(new DaemonThreads(), new DaemonRequest(10.0, 100));
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		assertThat(report.durationMs()).isLessThan(300 + LabLimits.defaults().grace().toMillis());
		assertThat(report.note()).contains("every thread and process it started was ended");
		assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive)).isEmpty();
	}

}
