package org.concurrency.lab.virtualthread;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight virtual threads doing 20 steps of 5 ms on 2 carriers. Computing, no virtual
 * thread gives its carrier up before it ends, so the last ones wait for two rounds of
 * others (at least 200 ms) before their first step is done; sleeping, every one's first
 * step is done within one step or so, and they go on on other carriers.
 */
class SchedulerMixTests {

	private static final int TASKS = 8;

	private static final int STEPS = 20;

	private static final int STEP_MS = 5;

	private final ExperimentEngine engine = Engines.defaults();

	@Test
	void runWhenWaitingShouldNeedNoQueueAndMoveThreadsBetweenCarriers() {
		int moves = 0;
		// a thread may by chance always go on on the carrier it left: three runs in a
		// row, of 8 threads and 19 chances each, is beyond chance
		for (int run = 0; run < 3 && moves == 0; run++) {
			SchedulerResult result = run(SchedulerRequest.Mix.IO);
			assertThat(result.longestFirstStepMs()).isLessThan(STEPS * STEP_MS);
			moves = result.moves();
		}
		assertThat(moves).isPositive();
	}

	@Test
	void runWhenComputingShouldQueueTheOthersUntilACarrierIsFree() {
		SchedulerResult result = run(SchedulerRequest.Mix.CPU);
		assertThat(result.peak().mounted()).isEqualTo(2);
		assertThat(result.peak().queued()).isPositive();
		// ⌈8 ÷ 2⌉ - 1 = 3 rounds of others before the last; two at least, with margin
		assertThat(result.longestFirstStepMs()).isGreaterThanOrEqualTo(2 * STEPS * STEP_MS);
		assertThat(result.wallMs()).isGreaterThanOrEqualTo((TASKS / 2) * STEPS * STEP_MS);
	}

	private SchedulerResult run(SchedulerRequest.Mix mix) {
		Report<SchedulerRequest, SchedulerResult> report = this.engine.run(new SchedulerMix(),
				new SchedulerRequest(mix, TASKS, STEPS, STEP_MS, 2, 10));
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		SchedulerResult result = report.result();
		assertThat(result.samples()).isNotEmpty()
			.allSatisfy((sample) -> assertThat(sample.parallelism()).isEqualTo(2))
			.allSatisfy((sample) -> assertThat(sample.mounted()).isBetween(0, 2));
		assertThat(result.carriersUsed()).isBetween(1, 2);
		assertThat(result.carriers().stream().mapToInt(SchedulerResult.CarrierUse::steps).sum())
			.isEqualTo(TASKS * STEPS);
		assertThat(report.timeline()).hasSize(TASKS);
		assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive)).isEmpty();
		return report.result();
	}

}
