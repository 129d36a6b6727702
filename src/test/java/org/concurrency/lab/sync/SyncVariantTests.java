package org.concurrency.lab.sync;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.LimitExceededException;
import org.concurrency.lab.experiment.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SyncVariantTests {

	private final ExperimentEngine engine = Engines.of(LabLimits.defaults());

	@Test
	void eventWhenOverTheLimitsShouldNameEachFieldAndLimit() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(new LatchEvent(), new EventRequest(600, 11.0, 10)))
			.satisfies((ex) -> {
				assertThat(ex.violations()).extracting(Violation::field).containsExactly("num_workers", "delay");
				assertThat(ex.violations().get(0).allowed()).isEqualTo("between 1 and 500");
			});
	}

	@Test
	void conditionWhenProducersAndConsumersTogetherOverTheLimitShouldNameConsumers() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(new BoundedBuffer(), new ConditionRequest(300, 300, 10, 5, 0)))
			.satisfies((ex) -> {
				assertThat(ex.violations()).extracting(Violation::field).containsExactly("num_consumers");
				assertThat(ex.violations().get(0).allowed()).isEqualTo("between 1 and 200");
			});
	}

	@Test
	void barrierWhenTooManyTasksShouldNameGenerations() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(new BarrierPhases(), new BarrierRequest(10, 50_000, 10)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::limit)
				.containsExactly("lab.limits.tasks"));
	}

	@Test
	void readWriteLockWhenHoldOverTheDelayLimitShouldNameIt() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> this.engine.run(new ReadersWriters(), new ReadWriteLockRequest(4, 1, 60_000, 10)))
			.satisfies((ex) -> {
				assertThat(ex.violations()).extracting(Violation::field).containsExactly("read_ms");
				assertThat(ex.violations()).extracting(Violation::limit).containsExactly("lab.limits.delay");
			});
	}

	@Test
	void requestsWithoutFieldsShouldTakeTheDefaults() {
		assertThat(LabRequest.defaults(EventRequest.class)).isEqualTo(new EventRequest(3, 0.2, 10));
		assertThat(LabRequest.defaults(ConditionRequest.class)).isEqualTo(new ConditionRequest(2, 2, 100, 5, 1));
		assertThat(LabRequest.defaults(BarrierRequest.class)).isEqualTo(new BarrierRequest(3, 3, 30));
		assertThat(LabRequest.defaults(ReadWriteLockRequest.class)).isEqualTo(new ReadWriteLockRequest(4, 1, 50, 10));
	}

}
