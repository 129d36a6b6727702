package org.concurrency.lab.cpubound;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HashChainTests {

	private static final Runnable NEVER = () -> {
	};

	@Test
	void digestShouldBeTheChainAdvancedFromTheTaskSeed() {
		assertThat(HashChain.digest(3, 1000, NEVER)).isEqualTo(HashChain.advance(HashChain.seed(3), 1000));
		assertThat(HashChain.digest(3, 3 * HashChain.CHUNK + 5, NEVER))
			.isEqualTo(HashChain.advance(HashChain.seed(3), 3 * HashChain.CHUNK + 5));
	}

	@Test
	void digestShouldDifferBetweenTasksAndSteps() {
		assertThat(HashChain.digest(1, 1000, NEVER)).isNotEqualTo(HashChain.digest(2, 1000, NEVER));
		assertThat(HashChain.digest(1, 1000, NEVER)).isNotEqualTo(HashChain.digest(1, 1001, NEVER));
	}

	@Test
	void resultShouldNotDependOnTheOrderTasksFinished() {
		long a = HashChain.digest(0, 100, NEVER);
		long b = HashChain.digest(1, 100, NEVER);
		assertThat(HashChain.result(HashChain.combine(HashChain.combine(0, a), b)))
			.isEqualTo(HashChain.result(HashChain.combine(HashChain.combine(0, b), a)));
		assertThat(HashChain.result(-1L)).isLessThanOrEqualTo(1L << 53);
	}

}
