package org.concurrency.lab.livelock;

import java.time.Duration;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LiveThreads;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LivelockVariantTests {

	private final ExperimentEngine engine = Engines.defaults();

	@Test
	void runWhenAlwaysPoliteShouldStepAsideAndNeverEat() {
		for (int run = 0; run < 3; run++) {
			Report<LivelockRequest, LivelockResult> report = this.engine.run(LivelockVariant.ALWAYS_POLITE,
					new LivelockRequest(100L, 3));
			assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
			LivelockResult result = report.result();
			assertThat(result.progress()).isFalse();
			assertThat(result.meals()).isZero();
			assertThat(result.stoppedByDuration()).isTrue();
			assertThat(result.diners()).allSatisfy((diner) -> {
				assertThat(diner.stepsAside()).isPositive();
				assertThat(diner.meals()).isZero();
			});
			// the spoon goes back and forth: the two counts differ by at most the last
			// hand-over
			assertThat(Math.abs(result.diners().get(0).stepsAside() - result.diners().get(1).stepsAside()))
				.isLessThanOrEqualTo(1);
			assertThat(result.deadlockedMidRun()).isZero();
			assertThat(LiveThreads.named("diner-")).isEmpty();
			assertThat(LiveThreads.deadlocked()).isEmpty();
		}
	}

	@Test
	void runWhenBackingOffShouldLetBothDinersEat() {
		for (int run = 0; run < 3; run++) {
			Report<LivelockRequest, LivelockResult> report = this.engine.run(LivelockVariant.RANDOM_BACK_OFF,
					new LivelockRequest(5000L, 2));
			assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
			LivelockResult result = report.result();
			assertThat(result.progress()).isTrue();
			assertThat(result.meals()).isEqualTo(4);
			assertThat(result.stoppedByDuration()).isFalse();
			assertThat(result.stepsAside()).isPositive();
			assertThat(result.diners()).allSatisfy((diner) -> {
				assertThat(diner.meals()).isEqualTo(2);
				assertThat(diner.stepsAsideBeforeEachMeal()).hasSize(2);
				assertThat(diner.stepsAsideBeforeEachMeal().stream().mapToLong(Long::longValue).sum())
					.isEqualTo(diner.stepsAside());
			});
			assertThat(LiveThreads.named("diner-")).isEmpty();
		}
	}

	@Test
	void runWhenDeadlinePassesShouldStopTheSpinningDinersPromptly() {
		ExperimentEngine tight = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(300)));
		Report<LivelockRequest, LivelockResult> report = tight.run(LivelockVariant.ALWAYS_POLITE,
				new LivelockRequest(5000L, 3));
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		// stopped at the deadline, not at the end of its work: within the grace the
		// engine allows
		assertThat(report.durationMs()).isLessThan(300 + LabLimits.defaults().grace().toMillis());
		assertThat(LiveThreads.named("diner-")).isEmpty();
	}

}
