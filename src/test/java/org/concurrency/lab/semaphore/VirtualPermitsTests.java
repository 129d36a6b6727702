package org.concurrency.lab.semaphore;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.LimitExceededException;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Thousands of virtual threads behind a few permits: exactly the permits inside at once,
 * every other task waits, and the waves take their time.
 */
class VirtualPermitsTests {

	@Test
	void runShouldLetInExactlyThePermitsAtOnceInWaves() {
		Report<VirtualPermitsRequest, VirtualPermitsResult> report = Engines.defaults()
			.run(new VirtualPermits(), new VirtualPermitsRequest(2000, 50, 10));
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		PermitHolders.PermitCrowd crowd = report.result().crowd();
		assertThat(crowd.maxConcurrent()).isEqualTo(50);
		assertThat(crowd.waitedForPermit()).isEqualTo(1950);
		assertThat(report.threads().virtualStarted()).isEqualTo(2000);
		assertThat(report.threads().platformStarted()).isZero();
		// 40 waves of 10 ms, one after the other
		assertThat(report.result().expectedMs()).isEqualTo(400);
		assertThat(crowd.wallMs()).isGreaterThanOrEqualTo(400);
		assertThat(report.note()).contains("at most 50 were inside at once");
	}

	@Test
	void checkWithFieldsAtTheirLargestShouldRefuseWithoutOverflowing() {
		// tasks + permits overflows an int: refused by the limits, never an arithmetic
		// error
		assertThatExceptionOfType(LimitExceededException.class).isThrownBy(() -> Engines.defaults()
			.run(new VirtualPermits(), new VirtualPermitsRequest(Integer.MAX_VALUE, Integer.MAX_VALUE, 1)));
		assertThat(new VirtualPermitsRequest(Integer.MAX_VALUE, 2, 1).waves()).isEqualTo(1 << 30);
	}

	@Test
	void runWhenTheWavesWouldOutlastTheDelayLimitShouldBeRefused() {
		assertThatExceptionOfType(LimitExceededException.class)
			.isThrownBy(() -> Engines.defaults().run(new VirtualPermits(), new VirtualPermitsRequest(10_000, 1, 100)));
	}

}
