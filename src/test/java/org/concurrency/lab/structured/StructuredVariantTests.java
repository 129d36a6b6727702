package org.concurrency.lab.structured;

import java.util.List;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.PreviewClasses;
import org.concurrency.lab.experiment.PreviewUnavailableException;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The structured-concurrency lessons, each made certain: the scope's tree, siblings
 * cancelled within 100 ms of a failure (and not without a scope), the first success, the
 * timeout, and what each kind of value a task sees. The tests run with
 * {@code --enable-preview} (the pom's surefire options); on a JDK other than 25 the
 * lessons cannot run, and each must then refuse with what it needs.
 */
class StructuredVariantTests {

	private static final boolean RUNNABLE = Runtime.version().feature() == PreviewClasses.RELEASE;

	private final ExperimentEngine engine = Engines.defaults();

	private static final StructuredRequest DEFAULTS = new StructuredRequest(4, 400, 100, 250);

	@Test
	void allSucceedShouldJoinEveryResultAndShowTheScopeTreeInTheThreadDump() {
		StructuredResult result = run(StructuredVariant.ALL_SUCCEED);
		if (result == null) {
			return;
		}
		assertThat(result.approaches().getFirst().subtasks()).hasSize(6)
			.allSatisfy((subtask) -> assertThat(subtask.state()).isEqualTo("SUCCESS"));
		List<StructuredResult.Container> tree = result.tree();
		assertThat(tree).hasSize(2);
		StructuredResult.Container scope = tree.get(0).container().startsWith("all-succeed/") ? tree.get(0)
				: tree.get(1);
		StructuredResult.Container nested = (scope == tree.get(0)) ? tree.get(1) : tree.get(0);
		assertThat(scope.owner()).isEqualTo("structured-concurrency/all-succeed");
		assertThat(scope.threads()).hasSize(4);
		assertThat(nested.parent()).isEqualTo(scope.container());
		assertThat(scope.threads()).contains(nested.owner());
		assertThat(nested.threads()).hasSize(2);
		assertThat(result.jdk()).startsWith("JDK 25");
	}

	@Test
	void failFastShouldCancelTheSiblingsUnderTheScopeOnlyWhereTheOthersRunOn() {
		StructuredResult result = run(StructuredVariant.FAIL_FAST);
		if (result == null) {
			return;
		}
		assertThat(result.approaches()).extracting(StructuredResult.Approach::approach)
			.containsExactly("structured-task-scope", "executor-service", "completable-future-all-of");
		StructuredResult.Approach scope = result.approaches().get(0);
		assertThat(scope.subtasks().getFirst().state()).isEqualTo("FAILED");
		assertThat(scope.subtasks().subList(1, 4)).allSatisfy((sibling) -> {
			assertThat(sibling.state()).isEqualTo("CANCELLED");
			// interrupted in the step it was in, or as it began the next
			assertThat(sibling.stepsAfterFailure()).isLessThanOrEqualTo(1);
			assertThat(sibling.stoppedAfterFailureMs()).isLessThanOrEqualTo(100);
		});
		for (StructuredResult.Approach other : result.approaches().subList(1, 3)) {
			assertThat(other.subtasks().subList(1, 4)).as(other.approach()).allSatisfy((sibling) -> {
				assertThat(sibling.state()).isEqualTo("SUCCESS");
				// 300 ms of work left after the failure, in steps of 10 ms
				assertThat(sibling.stepsAfterFailure()).isGreaterThan(10);
			});
		}
		// allOf tells the caller only once every sibling has ended
		StructuredResult.Approach allOf = result.approaches().get(2);
		assertThat(allOf.callerReturnedMs()).isGreaterThanOrEqualTo(
				allOf.subtasks().stream().mapToDouble(StructuredResult.Subtask::endedMs).max().orElseThrow());
	}

	@Test
	void firstSuccessShouldReturnTheFastestReplicaAndCancelTheRest() {
		StructuredResult result = run(StructuredVariant.FIRST_SUCCESS);
		if (result == null) {
			return;
		}
		List<StructuredResult.Subtask> replicas = result.approaches().getFirst().subtasks();
		// the last replica works least
		assertThat(replicas.getLast().state()).isEqualTo("SUCCESS");
		assertThat(result.winner()).isEqualTo(replicas.getLast().name());
		assertThat(replicas.subList(0, 3)).allSatisfy((loser) -> assertThat(loser.state()).isEqualTo("CANCELLED"));
	}

	@Test
	void timeoutShouldKeepWhatFinishedInTimeAndCancelTheRest() {
		// work of 250, 500, 750 and 1000 ms against a timeout of 380: wide margins either
		// side
		StructuredResult result = run(StructuredVariant.TIMEOUT, new StructuredRequest(4, 1000, 100, 380));
		if (result == null) {
			return;
		}
		assertThat(result.timedOut()).isTrue();
		List<StructuredResult.Subtask> subtasks = result.approaches().getFirst().subtasks();
		assertThat(subtasks).extracting(StructuredResult.Subtask::state)
			.containsExactly("SUCCESS", "CANCELLED", "CANCELLED", "CANCELLED");
		assertThat(subtasks.subList(1, 4)).allSatisfy((cut) -> assertThat(cut.endedMs()).isGreaterThanOrEqualTo(380));
	}

	@Test
	void aTimeoutThatNeverComesShouldSaySoAndCancelNothing() {
		// the longest work, 200 ms, far inside a timeout of 2000
		StructuredRequest request = new StructuredRequest(2, 200, 100, 2000);
		StructuredResult result = run(StructuredVariant.TIMEOUT, request);
		if (result == null) {
			return;
		}
		assertThat(result.timedOut()).isFalse();
		assertThat(result.approaches().getFirst().subtasks()).extracting(StructuredResult.Subtask::state)
			.containsExactly("SUCCESS", "SUCCESS");
		assertThat(StructuredVariant.TIMEOUT.note(request, result)).contains("never came", "2 of 2")
			.doesNotContain("TimeoutException");
	}

	@Test
	void scopedValueShouldReachEveryForkWhereThreadLocalsDoNot() {
		StructuredResult result = run(StructuredVariant.SCOPED_VALUES);
		if (result == null) {
			return;
		}
		List<StructuredResult.Reading> values = result.values();
		assertThat(values).filteredOn((reading) -> reading.mechanism().equals("ScopedValue"))
			.hasSize(8)
			.allSatisfy((reading) -> assertThat(reading.right()).isTrue());
		assertThat(values).filteredOn((reading) -> reading.mechanism().equals("ThreadLocal"))
			.hasSize(4)
			.allSatisfy((reading) -> assertThat(reading.seen()).isNull());
		assertThat(values).filteredOn((reading) -> reading.mechanism().equals("InheritableThreadLocal"))
			.hasSize(4)
			.allSatisfy((reading) -> {
				assertThat(reading.expected()).isEqualTo("bob");
				assertThat(reading.seen()).isEqualTo("alice");
			});
	}

	@Test
	void aLessonThisBuildLacksShouldBeRefusedWithWhatItNeeds() {
		assertThatExceptionOfType(PreviewUnavailableException.class)
			.isThrownBy(() -> PreviewClasses.require(StructuredVariant.class.getPackageName() + ".Nowhere"))
			.withMessageContaining(RUNNABLE ? "no preview classes" : "JDK 25");
	}

	private StructuredResult run(StructuredVariant variant) {
		return run(variant, DEFAULTS);
	}

	/** The lesson's result on JDK 25; elsewhere, the refusal it must give, and null. */
	private StructuredResult run(StructuredVariant variant, StructuredRequest request) {
		if (!RUNNABLE) {
			assertThatExceptionOfType(PreviewUnavailableException.class)
				.isThrownBy(() -> this.engine.run(variant, request))
				.withMessageContaining("JDK 25");
			return null;
		}
		Report<StructuredRequest, StructuredResult> report = this.engine.run(variant, request);
		assertThat(report.status()).as(report.note()).isEqualTo(RunStatus.COMPLETED);
		assertThat(report.note()).isNotBlank();
		return report.result();
	}

}
