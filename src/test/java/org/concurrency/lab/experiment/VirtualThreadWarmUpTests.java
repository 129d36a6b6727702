package org.concurrency.lab.experiment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VirtualThreadWarmUpTests {

	@Test
	void warmUpShouldEndEverySleepAndLeaveNoThread() {
		assertThat(VirtualThreadWarmUp.warmUp()).isEqualTo(VirtualThreadWarmUp.WAVES * VirtualThreadWarmUp.THREADS);
		assertThat(Thread.getAllStackTraces().keySet()).noneMatch((thread) -> thread.getName().startsWith("warm-up-"));
	}

}
