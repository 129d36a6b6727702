package org.concurrency.lab.threading;

import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LimitExceededException;
import org.concurrency.lab.experiment.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ThreadingServiceTests {

	private final ThreadingService service = new ThreadingService(
			new ExperimentEngine(LabLimits.defaults(), (event) -> {
			}));

	@Test
	void basicWhenOverTheLimitsShouldNameEachFieldAndLimit() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.service.basic(new BasicThreadsRequest(5000, 60.0)))
			.satisfies((ex) -> {
				assertThat(ex.violations()).extracting(Violation::field).containsExactly("num_threads", "delay");
				assertThat(ex.violations()).extracting(Violation::limit)
					.containsExactly("lab.limits.platform-threads", "lab.limits.delay");
			});
	}

	@Test
	void poolWhenTooManyTasksShouldNameTheTaskLimit() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.service.pool(new ThreadPoolRequest(4, 1_000_000, 0.0)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::limit)
				.containsExactly("lab.limits.tasks"));
	}

	@Test
	void daemonWhenMainWouldOutliveHalfTheWorkShouldRefuseMainMs() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.service.daemon(new DaemonRequest(1.0, 600)))
			.satisfies((ex) -> {
				assertThat(ex.violations()).extracting(Violation::field).containsExactly("main_ms");
				assertThat(ex.violations().get(0).allowed()).startsWith("between 0 and 500");
			});
	}

	@Test
	void threadLocalWhenNoMoreTasksThanWorkersShouldRefuseTasks() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.service.threadLocal(new ThreadLocalRequest(4, 4)))
			.satisfies((ex) -> {
				assertThat(ex.violations()).extracting(Violation::field).containsExactly("tasks");
				assertThat(ex.violations().get(0).allowed()).isEqualTo("between 5 and 100000");
			});
	}

	@Test
	void statesWhenHoldOverTheDelayLimitShouldNameIt() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.service.states(new ThreadStatesRequest(60_000)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::limit)
				.containsExactly("lab.limits.delay"));
	}

	@Test
	void requestsWithoutFieldsShouldTakeTheDefaults() {
		assertThat(BasicThreadsRequest.defaults()).isEqualTo(new BasicThreadsRequest(3, 0.5));
		assertThat(ThreadPoolRequest.defaults()).isEqualTo(new ThreadPoolRequest(4, 20, 0.05));
		assertThat(DaemonRequest.defaults()).isEqualTo(new DaemonRequest(2.0, 100));
		assertThat(ThreadLocalRequest.defaults()).isEqualTo(new ThreadLocalRequest(2, 6));
		assertThat(ThreadStatesRequest.defaults()).isEqualTo(new ThreadStatesRequest(20));
	}

}
