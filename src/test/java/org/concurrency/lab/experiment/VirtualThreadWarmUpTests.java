package org.concurrency.lab.experiment;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VirtualThreadWarmUpTests {

	@Test
	void warmUpShouldEndEverySleepAndLeaveNoThread() {
		assertThat(VirtualThreadWarmUp.warmUp())
			.isEqualTo(new VirtualThreadWarmUp.Waves(VirtualThreadWarmUp.WAVES * VirtualThreadWarmUp.THREADS, 0));
	}

	@Test
	void awaitDoneWithoutAWarmUpShouldReturnAtOnce() throws InterruptedException {
		assertThat(VirtualThreadWarmUp.awaitDone(Duration.ZERO)).isTrue();
	}

}
