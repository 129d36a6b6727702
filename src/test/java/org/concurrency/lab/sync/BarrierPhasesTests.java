package org.concurrency.lab.sync;

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

class BarrierPhasesTests {

	@Test
	void runWithBarrierShouldNeverOverlapGenerationsAndWithoutShouldRunAhead() {
		ExperimentEngine engine = Engines.defaults();
		Report<BarrierRequest, BarrierResult> report = engine.run(new BarrierPhases(), new BarrierRequest(3, 3, 60));
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		BarrierResult.Variant with = report.result().variants().get(0);
		BarrierResult.Variant without = report.result().variants().get(1);
		assertThat(with.variant()).isEqualTo("cyclic-barrier");
		assertThat(with.overlaps()).isZero();
		List<BarrierResult.Generation> generations = with.generations();
		assertThat(generations).hasSize(3).allSatisfy((generation) -> {
			assertThat(generation.overlapped()).isFalse();
			assertThat(generation.arrivalOrder()).containsExactlyInAnyOrder(0, 1, 2);
			assertThat(generation.workMs()).containsExactlyInAnyOrder(20, 40, 60);
			assertThat(generation.trippedAtMs()).isGreaterThanOrEqualTo(generation.lastEndMs());
		});
		for (int generation = 1; generation < generations.size(); generation++) {
			assertThat(generations.get(generation).firstStartMs())
				.isGreaterThanOrEqualTo(generations.get(generation - 1).trippedAtMs());
		}
		assertThat(without.variant()).isEqualTo("no-barrier");
		assertThat(without.overlaps()).isPositive();
		assertThat(without.generations()).allSatisfy((generation) -> assertThat(generation.trippedAtMs()).isNull());
		assertThat(report.completedTasks()).isEqualTo(18);
	}

	@Test
	void runWhenDeadlinePassesShouldLeaveNoPartyBehind() {
		ExperimentEngine engine = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(300)));
		Report<BarrierRequest, BarrierResult> report = engine.run(new BarrierPhases(),
				new BarrierRequest(3, 2, 10_000));
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		assertThat(report.durationMs()).isLessThan(300 + LabLimits.defaults().grace().toMillis());
		assertThat(LiveThreads.named("cyclic-barrier-party-")).isEmpty();
	}

}
