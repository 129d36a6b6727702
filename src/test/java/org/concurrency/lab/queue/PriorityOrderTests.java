package org.concurrency.lab.queue;

import java.util.Comparator;
import java.util.List;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LiveThreads;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PriorityOrderTests {

	private final ExperimentEngine engine = Engines.defaults();

	@ParameterizedTest
	@ValueSource(ints = { 4, 9, 10, 101, 1000 })
	void runWithTiebreakShouldServeByPriorityThenArrival(int items) {
		PriorityResult result = run(items);
		List<PriorityOrder.PriorityItem> expected = result.arrival()
			.stream()
			.sorted(Comparator.comparingInt(PriorityOrder.PriorityItem::priority)
				.thenComparingInt(PriorityOrder.PriorityItem::seq))
			.toList();
		assertThat(result.taken()).containsExactlyElementsOf(expected);
		assertThat(result.tieInversions()).isZero();
		assertThat(result.sortedByPriority()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(ints = { 4, 9, 10, 101, 1000 })
	void runWithoutTiebreakShouldSwapEqualPrioritiesEveryTime(int items) {
		PriorityResult result = run(items);
		assertThat(result.withoutTiebreak()).containsExactlyInAnyOrderElementsOf(result.arrival());
		assertThat(result.withoutTiebreakTieInversions()).isPositive();
		assertThat(LiveThreads.named("producer-")).isEmpty();
		assertThat(LiveThreads.named("consumer-")).isEmpty();
	}

	private PriorityResult run(int items) {
		Report<PriorityRequest, PriorityResult> report = this.engine.run(new PriorityOrder(),
				new PriorityRequest(items));
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		return report.result();
	}

}
