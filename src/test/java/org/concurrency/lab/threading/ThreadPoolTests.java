package org.concurrency.lab.threading;

import java.time.Duration;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LiveThreads;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadPoolTests {

	private final ExperimentEngine engine = Engines.defaults();

	@Test
	void runShouldReuseThePoolsFewThreadsForEveryTask() {
		Report<ThreadPoolRequest, ThreadPoolResult> report = this.engine.run(new ThreadPool(),
				new ThreadPoolRequest(4, 20, 0.01));
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		ThreadPoolResult result = report.result();
		assertThat(result.poolSize()).isEqualTo(4);
		assertThat(result.tasksRun()).isEqualTo(20);
		assertThat(result.tasksPerWorker()).hasSizeLessThanOrEqualTo(4)
			.allSatisfy((worker, tasks) -> assertThat(worker).startsWith("pool-worker-"));
		assertThat(result.tasksPerWorker().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(20);
		assertThat(result.maxConcurrent()).isBetween(1, 4);
		assertThat(result.threadPerTask()).isNotNull();
		assertThat(result.threadPerTask().threadsStarted()).isEqualTo(20);
		assertThat(report.threads().platformStarted()).isEqualTo(4 + 20);
		assertThat(report.completedTasks()).isEqualTo(40);
	}

	@Test
	void runWhenTasksWouldPassTheThreadLimitShouldSkipThreadPerTask() {
		Report<ThreadPoolRequest, ThreadPoolResult> report = this.engine.run(new ThreadPool(),
				new ThreadPoolRequest(2, 1500, 0.0));
		assertThat(report.result().tasksRun()).isEqualTo(1500);
		assertThat(report.result().threadPerTask()).isNull();
		assertThat(report.threads().platformStarted()).isEqualTo(2);
		assertThat(report.note()).contains("skipped");
	}

	@Test
	void runWhenDeadlinePassesShouldStopThePoolPromptly() {
		ExperimentEngine engine = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(300)));
		Report<ThreadPoolRequest, ThreadPoolResult> report = engine.run(new ThreadPool(),
				new ThreadPoolRequest(2, 10, 10.0));
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		assertThat(report.durationMs()).isLessThan(300 + LabLimits.defaults().grace().toMillis());
		assertThat(LiveThreads.named("pool-worker-")).isEmpty();
	}

}
