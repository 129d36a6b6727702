package org.concurrency.lab.threading;

import java.time.Duration;
import java.util.List;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LiveThreads;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BasicThreadsTests {

	@Test
	void runShouldJoinEveryThreadAfterTheirWaitsOverlap() {
		ExperimentEngine engine = Engines.defaults();
		Report<BasicThreadsRequest, BasicThreadsResult> report = engine.run(new BasicThreads(),
				new BasicThreadsRequest(4, 0.15));
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		BasicThreadsResult result = report.result();
		List<BasicThreadsResult.JoinedThread> threads = result.joinedThreads();
		assertThat(result.allJoined()).isTrue();
		assertThat(threads).hasSize(4).allSatisfy((thread) -> {
			assertThat(thread.daemon()).isFalse();
			assertThat(thread.aliveAfterJoin()).isFalse();
			assertThat(thread.endMs() - thread.startMs()).isGreaterThanOrEqualTo(149);
		});
		assertThat(threads).extracting(BasicThreadsResult.JoinedThread::name)
			.containsExactly("request-0", "request-1", "request-2", "request-3");
		assertThat(threads).extracting(BasicThreadsResult.JoinedThread::id).doesNotHaveDuplicates();
		// every thread had started before the first one ended: the waits overlapped
		double lastStart = threads.stream().mapToDouble(BasicThreadsResult.JoinedThread::startMs).max().orElseThrow();
		double firstEnd = threads.stream().mapToDouble(BasicThreadsResult.JoinedThread::endMs).min().orElseThrow();
		assertThat(lastStart).isLessThan(firstEnd);
		assertThat(report.duration()).isLessThan(result.sumOfDelays());
		assertThat(report.completedTasks()).isEqualTo(4);
	}

	@Test
	void runWhenDeadlinePassesShouldStopEveryThreadPromptly() {
		ExperimentEngine engine = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(300)));
		Report<BasicThreadsRequest, BasicThreadsResult> report = engine.run(new BasicThreads(),
				new BasicThreadsRequest(3, 10.0));
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		assertThat(report.durationMs()).isLessThan(300 + LabLimits.defaults().grace().toMillis());
		assertThat(report.note()).contains("every thread and process it started was ended");
		assertThat(LiveThreads.named("request-")).isEmpty();
	}

}
