package org.concurrency.lab.sync;

import java.time.Duration;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LiveThreads;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedBufferTests {

	@ParameterizedTest
	@CsvSource({ "2, 2, 60, 5, 1", "3, 1, 40, 1, 0", "1, 3, 60, 3, 0" })
	void runShouldPassEveryItemExactlyOnceWithinTheCapacity(int producers, int consumers, int items, int capacity,
			int workMs) {
		ExperimentEngine engine = Engines.defaults();
		Report<ConditionRequest, ConditionResult> report = engine.run(new BoundedBuffer(),
				new ConditionRequest(producers, consumers, items, capacity, workMs));
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(report.result().variants()).extracting(ConditionResult.Variant::variant)
			.containsExactly("condition", "busy-polling");
		assertThat(report.result().variants()).allSatisfy((variant) -> {
			assertThat(variant.produced()).isEqualTo(items);
			assertThat(variant.consumed()).isEqualTo(items);
			assertThat(variant.missing()).isZero();
			assertThat(variant.duplicated()).isZero();
			assertThat(variant.idSum()).isEqualTo((long) items * (items - 1) / 2);
			assertThat(variant.maxOccupancy()).isBetween(1, capacity);
		});
		assertThat(report.completedTasks()).isEqualTo(2 * (producers + consumers));
	}

	@Test
	void runWhenDeadlinePassesShouldLeaveNoProducerOrConsumerBehind() {
		ExperimentEngine engine = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(300)));
		Report<ConditionRequest, ConditionResult> report = engine.run(new BoundedBuffer(),
				new ConditionRequest(2, 2, 100, 2, 10_000));
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		assertThat(report.durationMs()).isLessThan(300 + LabLimits.defaults().grace().toMillis());
		assertThat(report.note()).contains("every thread and process it started was ended");
		assertThat(LiveThreads.named("condition-")).isEmpty();
	}

}
