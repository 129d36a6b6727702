package org.concurrency.lab.experiment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeapBudgetTests {

	@Test
	void aReservationBeyondWhatIsLeftShouldBeRefusedUntilTheFirstIsGivenBack() {
		long room = HeapBudget.room();
		assertThat(HeapBudget.reserve(room / 2)).isTrue();
		try {
			assertThat(HeapBudget.idle()).isFalse();
			// what the first run holds is not there for the second
			assertThat(HeapBudget.reserve(room)).isFalse();
			assertThat(HeapBudget.room()).isLessThan(room);
		}
		finally {
			HeapBudget.release(room / 2);
		}
		assertThat(HeapBudget.idle()).isTrue();
	}

	@Test
	void aRefusalShouldSayWhatIsNeededAndWhatXmxWouldAllow() {
		assertThat(HeapBudget.refusal(1, 1_000_000_000L, 1_100)).startsWith("between 1 and ")
			.contains("1000000000 need about 1,049,041 MB while they wait", "(-Xmx) to spare; -Xmx")
			.endsWith("g would allow them");
	}

}
