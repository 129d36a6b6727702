package org.concurrency.lab.deadlock;

import java.time.Duration;
import java.util.Map;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LiveThreads;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BankTransferTests {

	@Test
	void runShouldDeadlockNaivelyNotWhenOrderedAndConserveMoneyBothWays() {
		ExperimentEngine engine = Engines.defaults();
		for (int run = 0; run < 5; run++) {
			Report<BankTransferRequest, BankTransferResult> report = engine.run(new BankTransfer(),
					new BankTransferRequest(20, 1));
			assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
			BankTransferResult.TransferVariant naive = report.result().naive();
			assertThat(naive.deadlocked()).isTrue();
			assertThat(naive.cycle()).hasSize(2);
			assertThat(naive.transfersAborted()).isEqualTo(1);
			assertThat(naive.transfersCompleted() + naive.transfersAborted() + naive.transfersSkipped()).isEqualTo(40);
			assertThat(naive.totalBefore()).isEqualTo(800);
			assertThat(naive.conserved()).isTrue();
			assertThat(naive.totalAfter()).isEqualTo(800);
			BankTransferResult.TransferVariant ordered = report.result().ordered();
			assertThat(ordered.deadlocked()).isFalse();
			assertThat(ordered.transfersCompleted()).isEqualTo(40);
			assertThat(ordered.balances())
				.isEqualTo(Map.of("cuenta1", 500L - 20 * 200 + 20 * 100, "cuenta2", 300L + 20 * 200 - 20 * 100));
			assertThat(ordered.conserved()).isTrue();
			assertThat(LiveThreads.deadlocked()).isEmpty();
		}
	}

	@Test
	void runWhenDeadlinePassesShouldStopPromptlyAndLeaveNothingRunning() {
		ExperimentEngine engine = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(300)));
		Report<BankTransferRequest, BankTransferResult> report = engine.run(new BankTransfer(),
				new BankTransferRequest(10_000, 1));
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		// stopped at the deadline, not at the end of its work: within the grace the
		// engine allows
		assertThat(report.durationMs()).isLessThan(300 + LabLimits.defaults().grace().toMillis());
		assertThat(LiveThreads.named("naive-")).isEmpty();
		assertThat(LiveThreads.named("ordered-")).isEmpty();
		assertThat(LiveThreads.deadlocked()).isEmpty();
	}

}
