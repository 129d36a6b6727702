package org.concurrency.lab.semaphore;

import java.time.Duration;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LiveThreads;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitTests {

	private final ExperimentEngine engine = Engines.defaults();

	@Test
	void runShouldNeverStartMoreThanTheLimitInAnyWindow() {
		Report<RateLimitRequest, RateLimitResult> report = this.engine.run(new RateLimit(),
				new RateLimitRequest(3, 50, 10, 4));
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		RateLimitResult.StartSchedule limited = report.result().limited();
		assertThat(limited.operations()).isEqualTo(10);
		assertThat(limited.startsMs()).hasSize(10);
		assertThat(limited.maxInAnyWindow()).isBetween(1, 3);
		assertThat(limited.perPeriod()).allSatisfy((count) -> assertThat(count).isLessThanOrEqualTo(3));
		assertThat(limited.perPeriod().stream().mapToInt(Integer::intValue).sum()).isEqualTo(10);
		// 10 operations at 3 per 50 ms cannot start within less than three periods
		assertThat(limited.startsMs().getLast()).isGreaterThanOrEqualTo(150);
		assertThat(report.completedTasks()).isEqualTo(20);
		assertThat(LiveThreads.named("refill-")).isEmpty();
		assertThat(LiveThreads.named("limited-")).isEmpty();
		assertThat(LiveThreads.named("unlimited-")).isEmpty();
	}

	@Test
	void runWithoutLimiterShouldStartMoreThanTheLimitInOneWindow() {
		Report<RateLimitRequest, RateLimitResult> report = this.engine.run(new RateLimit(),
				new RateLimitRequest(2, 1000, 6, 3));
		RateLimitResult.StartSchedule unlimited = report.result().withoutLimiter();
		assertThat(unlimited.operations()).isEqualTo(6);
		assertThat(unlimited.maxInAnyWindow()).isGreaterThan(2);
		assertThat(report.result().limited().maxInAnyWindow()).isLessThanOrEqualTo(2);
	}

	@Test
	void runWithATinyDeadlineShouldTimeOutPromptlyAndCleanly() {
		ExperimentEngine tight = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(300)));
		Report<RateLimitRequest, RateLimitResult> report = tight.run(new RateLimit(),
				new RateLimitRequest(1, 1000, 10, 4));
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		// stopped at the deadline, not at the end of its work: within the grace the
		// engine allows
		assertThat(report.durationMs()).isLessThan(300 + LabLimits.defaults().grace().toMillis());
		assertThat(report.note()).contains("every thread and process it started was ended");
		assertThat(LiveThreads.named("refill-")).isEmpty();
		assertThat(LiveThreads.named("limited-")).isEmpty();
	}

}
