package org.concurrency.lab.memorymodel;

import java.util.List;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LimitExceededException;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MemoryModelVariantTests {

	/**
	 * Samples a short run must reach, far below what the harness does (millions a
	 * second).
	 */
	private static final long AT_LEAST = 1_000;

	private final ExperimentEngine engine = Engines.of(LabLimits.defaults());

	@ParameterizedTest
	@EnumSource(MemoryModelVariant.class)
	void runShouldCountEverySampleOnce(MemoryModelVariant test) {
		LitmusResult result = run(test, new LitmusRequest(Mode.PLAIN, 200, false, null));
		assertThat(result.samples()).isGreaterThan(AT_LEAST);
		assertThat(result.outcomes().stream().mapToLong(LitmusResult.Outcome::count).sum()).isEqualTo(result.samples());
		assertThat(result.samplesPerSecond()).isPositive();
		assertThat(result.outcomes()).allSatisfy((outcome) -> assertThat(outcome.description()).isNotBlank());
	}

	@ParameterizedTest
	@EnumSource(MemoryModelVariant.class)
	void runWhenVolatileShouldNeverShowAForbiddenOutcome(MemoryModelVariant test) {
		for (int run = 0; run < 3; run++) {
			LitmusResult result = run(test, new LitmusRequest(Mode.VOLATILE, 200, false, null));
			assertThat(result.forbiddenSeen()).isFalse();
			assertThat(result.outcomes()).filteredOn((outcome) -> outcome.expect().equals("forbidden"))
				.isNotEmpty()
				.allSatisfy((outcome) -> assertThat(outcome.count()).isZero());
		}
	}

	@Test
	void runStoreBufferingWhenVolatileShouldNeverShowZeroZero() {
		LitmusResult result = run(MemoryModelVariant.STORE_BUFFERING,
				new LitmusRequest(Mode.VOLATILE, 500, false, null));
		assertThat(result.outcomes().get(0).outcome()).isEqualTo("0, 0");
		assertThat(result.outcomes().get(0).expect()).isEqualTo("forbidden");
		assertThat(result.outcomes().get(0).count()).isZero();
	}

	@Test
	void runMessagePassingWhenAcquireReleaseShouldNeverShowTheFlagWithoutTheData() {
		LitmusResult result = run(MemoryModelVariant.MESSAGE_PASSING,
				new LitmusRequest(Mode.ACQUIRE_RELEASE, 300, false, null));
		assertThat(result.outcomes().get(2).outcome()).isEqualTo("1, 0");
		assertThat(result.outcomes().get(2).count()).isZero();
		assertThat(result.forbiddenSeen()).isFalse();
	}

	@Test
	void runStoreBufferingWhenAcquireReleaseShouldGradeZeroZeroAllowed() {
		LitmusResult result = run(MemoryModelVariant.STORE_BUFFERING,
				new LitmusRequest(Mode.ACQUIRE_RELEASE, 200, false, null));
		assertThat(result.outcomes().get(0).expect()).isEqualTo("interesting");
	}

	@Test
	void noteWhenAllowedButNotSeenShouldNeverSayImpossible() {
		Report<LitmusRequest, LitmusResult> report = this.engine.run(MemoryModelVariant.ACCESS_ATOMICITY,
				new LitmusRequest(Mode.PLAIN, 200, false, null));
		assertThat(report.note()).contains("JLS 17.7 allows torn values for a plain long")
			.doesNotContainIgnoringCase("impossible");
	}

	@Test
	void runInTheLabsJvmShouldStartTwoActorsEachATaskOfTheTimeline() {
		Report<LitmusRequest, LitmusResult> report = this.engine.run(MemoryModelVariant.STORE_BUFFERING,
				new LitmusRequest(Mode.PLAIN, 200, false, null));
		assertThat(report.threads().platformStarted()).isEqualTo(2);
		assertThat(report.timeline()).hasSize(2);
	}

	@Test
	void runWhenForkedShouldRunTheHarnessInAChildJvmWithItsFlags() {
		Report<LitmusRequest, LitmusResult> report = this.engine.run(MemoryModelVariant.INCREMENT,
				new LitmusRequest(Mode.VOLATILE, 300, true, List.of("-XX:TieredStopAtLevel=1")));
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		LitmusResult result = report.result();
		assertThat(result.forked()).isTrue();
		assertThat(result.jvmFlags()).containsExactly("-XX:TieredStopAtLevel=1");
		assertThat(result.samples()).isGreaterThan(AT_LEAST);
		assertThat(result.outcomes().stream().mapToLong(LitmusResult.Outcome::count).sum()).isEqualTo(result.samples());
		assertThat(result.outcomes().get(0).count()).as("lost updates with an AtomicInteger").isZero();
	}

	@Test
	void runWhenModeDoesNotApplyShouldBeRefused() {
		assertThatExceptionOfType(LimitExceededException.class).isThrownBy(
				() -> this.engine.run(MemoryModelVariant.INCREMENT, new LitmusRequest(Mode.OPAQUE, 200, false, null)));
	}

	@Test
	void runWhenFlagsWithoutForkOrNotAllowedShouldBeRefused() {
		assertThatExceptionOfType(LimitExceededException.class).isThrownBy(() -> this.engine
			.run(MemoryModelVariant.STORE_BUFFERING, new LitmusRequest(Mode.PLAIN, 200, false, List.of("-Xint"))));
		assertThatExceptionOfType(LimitExceededException.class).isThrownBy(() -> this.engine
			.run(MemoryModelVariant.STORE_BUFFERING, new LitmusRequest(Mode.PLAIN, 200, true, List.of("-Xmx8g"))));
	}

	private LitmusResult run(MemoryModelVariant test, LitmusRequest request) {
		Report<LitmusRequest, LitmusResult> report = this.engine.run(test, request);
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		return report.result();
	}

}
