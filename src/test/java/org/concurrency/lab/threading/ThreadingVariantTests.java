package org.concurrency.lab.threading;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.LimitExceededException;
import org.concurrency.lab.experiment.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ThreadingVariantTests {

	private final ExperimentEngine engine = Engines.defaults();

	@Test
	void basicWhenOverTheLimitsShouldNameEachFieldAndLimit() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(new BasicThreads(), new BasicThreadsRequest(5000, 60.0)))
			.satisfies((ex) -> {
				assertThat(ex.violations()).extracting(Violation::field).containsExactly("num_threads", "delay");
				assertThat(ex.violations()).extracting(Violation::limit)
					.containsExactly("lab.limits.platform-threads", "lab.limits.delay");
			});
	}

	@Test
	void poolWhenTooManyTasksShouldNameTheTaskLimit() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(new ThreadPool(), new ThreadPoolRequest(4, 1_000_000, 0.0)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::limit)
				.containsExactly("lab.limits.tasks"));
	}

	@Test
	void daemonWhenMainWouldOutliveHalfTheWorkShouldRefuseMainMs() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(new DaemonThreads(), new DaemonRequest(1.0, 600)))
			.satisfies((ex) -> {
				assertThat(ex.violations()).extracting(Violation::field).containsExactly("main_ms");
				assertThat(ex.violations().get(0).allowed()).startsWith("between 0 and 500");
			});
	}

	@Test
	void daemonWhenWorkOverTheDelayLimitShouldNameItFromZeroSeconds() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(new DaemonThreads(), new DaemonRequest(60.0, 100)))
			.satisfies((ex) -> assertThat(ex.violations()).singleElement().satisfies((violation) -> {
				assertThat(violation.field()).isEqualTo("worker_seconds");
				assertThat(violation.allowed()).isEqualTo("between 0.0 and 10.0");
				assertThat(violation.limit()).isEqualTo("lab.limits.delay");
			}));
	}

	@Test
	void threadLocalWhenNoMoreTasksThanWorkersShouldRefuseTasks() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(new ThreadLocals(), new ThreadLocalRequest(4, 4)))
			.satisfies((ex) -> {
				assertThat(ex.violations()).extracting(Violation::field).containsExactly("tasks");
				assertThat(ex.violations().get(0).allowed()).isEqualTo("between 5 and 100000");
			});
	}

	@Test
	void statesWhenHoldOverTheDelayLimitShouldNameIt() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(new ThreadStates(), new ThreadStatesRequest(60_000)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::limit)
				.containsExactly("lab.limits.delay"));
	}

	@Test
	void requestsWithoutFieldsShouldTakeTheDefaults() {
		assertThat(LabRequest.defaults(BasicThreadsRequest.class)).isEqualTo(new BasicThreadsRequest(3, 0.5));
		assertThat(LabRequest.defaults(ThreadPoolRequest.class)).isEqualTo(new ThreadPoolRequest(4, 20, 0.05));
		assertThat(LabRequest.defaults(DaemonRequest.class)).isEqualTo(new DaemonRequest(2.0, 100));
		assertThat(LabRequest.defaults(ThreadLocalRequest.class)).isEqualTo(new ThreadLocalRequest(2, 6));
		assertThat(LabRequest.defaults(ThreadStatesRequest.class)).isEqualTo(new ThreadStatesRequest(20));
	}

}
