package org.concurrency.lab.experiment;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class LimitCheckTests {

	@Test
	void atMostShouldTakeTheLeastValueFromTheFieldsOwnValidation() {
		LimitCheck check = new LimitCheck(LabLimits.defaults(), Sample.class);
		check.atMost("num_workers", 5000, Limit.PLATFORM_THREADS)
			.atMost("parties", 9, 8, Limit.PLATFORM_THREADS)
			.atMost("delay_ms", 20_000, Limit.DELAY)
			.atMostSeconds("delay", 11.0, Limit.DELAY)
			.atMost("num_workers", 3, Limit.PLATFORM_THREADS);
		assertThat(check.violations()).extracting(Violation::allowed)
			.containsExactly("between 1 and 1000", "between 2 and 8", "between 0 and 10000", "between 0.0 and 10.0");
		assertThat(check.violations()).extracting(Violation::limit)
			.containsExactly("lab.limits.platform-threads", "lab.limits.platform-threads", "lab.limits.delay",
					"lab.limits.delay");
		assertThat(check.passed()).isFalse();
	}

	@Test
	void throwIfAnyShouldNameEveryViolationAndNothingWhenAllPass() {
		LimitCheck passing = new LimitCheck(LabLimits.defaults(), Sample.class).atMost("num_workers", 3,
				Limit.PLATFORM_THREADS);
		passing.throwIfAny();
		assertThat(passing.passed()).isTrue();
		LimitCheck failing = new LimitCheck(LabLimits.defaults(), Sample.class)
			.between("parties", 1, 2, 8, Limit.PLATFORM_THREADS)
			.add(new Violation("delay", 1.5, "a whole number of seconds", null));
		assertThatExceptionOfType(LimitExceededException.class).isThrownBy(failing::throwIfAny)
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field)
				.containsExactly("parties", "delay"));
	}

	@Test
	void defaultsShouldBeWhatTheConstructorFillsInForNulls() {
		assertThat(LabRequest.defaults(Sample.class)).isEqualTo(new Sample(10, 2, 100, 1.0));
	}

	@Test
	void engineShouldCheckTheRequestThenTheVariantBeforeStartingAnything() {
		ExperimentEngine engine = Engines.defaults();
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> engine.run(new Strict(), new Sample(5000, null, null, null)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field).containsExactly("num_workers"));
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> engine.run(new Strict(), new Sample(20, null, null, null)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field).containsExactly("parties"));
		assertThat(engine.run(new Strict(), LabRequest.defaults(Sample.class)).result()).isEqualTo(10);
		assertThat(engine.runningCount()).isZero();
	}

	@Test
	void fieldsShouldCheckEveryAtMostInTheOrderTheRecordDeclaresThem() {
		LimitCheck over = new LimitCheck(LabLimits.defaults(), Stated.class)
			.fields(new Stated(100_001, 3, 10_001L, 10.5, 2.0));
		assertThat(over.violations()).extracting(Violation::field, Violation::allowed, Violation::limit)
			.containsExactly(tuple("tasks", "between 1 and 100000", "lab.limits.tasks"),
					tuple("hold_ms", "between 0 and 10000", "lab.limits.delay"),
					tuple("delay", "between 0.001 and 10.0", "lab.limits.delay"));
		LimitCheck within = new LimitCheck(LabLimits.defaults(), Stated.class)
			.fields(new Stated(100_000, 1_000_000, 10_000L, 10.0, 99.0));
		assertThat(within.passed()).as("unannotated fields are not checked").isTrue();
		assertThat(new LimitCheck(LabLimits.defaults(), Stated.class).fields(new Stated(null, null, null, null, null))
			.passed()).as("a null field is left to its default").isTrue();
	}

	record Stated(@Positive @AtMost(Limit.TASKS) Integer tasks, @Positive Integer free,
			@PositiveOrZero @AtMost(Limit.DELAY) Long holdMs, @DecimalMin("0.001") @AtMost(Limit.DELAY) Double delay,
			Double unlimited) implements LabRequest {

	}

	record Sample(@Positive Integer numWorkers, @Min(2) Integer parties, @PositiveOrZero Integer delayMs,
			@PositiveOrZero Double delay) implements LabRequest {

		Sample(@Nullable Integer numWorkers, @Nullable Integer parties, @Nullable Integer delayMs,
				@Nullable Double delay) {
			this.numWorkers = (numWorkers != null) ? numWorkers : 10;
			this.parties = (parties != null) ? parties : 2;
			this.delayMs = (delayMs != null) ? delayMs : 100;
			this.delay = (delay != null) ? delay : 1.0;
		}

		@Override
		public void check(LimitCheck check) {
			check.atMost("num_workers", this.numWorkers, Limit.PLATFORM_THREADS);
		}

	}

	/** A variant whose own limit is tighter than its request's. */
	static final class Strict implements Variant<Sample, Integer> {

		@Override
		public String topic() {
			return "test";
		}

		@Override
		public String label() {
			return "strict";
		}

		@Override
		public String summary() {
			return "a variant for tests";
		}

		@Override
		public void check(Sample request, LimitCheck check) {
			check.atMost("parties", request.numWorkers(), 10, Limit.PLATFORM_THREADS);
		}

		@Override
		public Integer run(Sample request, RunContext context) {
			return request.numWorkers();
		}

		@Override
		public String note(Sample request, Integer result) {
			return "";
		}

	}

}
