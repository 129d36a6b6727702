package org.concurrency.lab.queue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerTests {

	@Test
	void ledgerShouldCountLossAndDuplicationByIdNotByTotals() {
		Ledger ledger = new Ledger(4);
		for (int id = 0; id < 4; id++) {
			ledger.produced(id);
		}
		ledger.consumed(0);
		ledger.consumed(1);
		ledger.consumed(1); // id 1 twice, id 2 and 3 never: totals alone would hide it
		ledger.consumed(2);
		assertThat(ledger.produced()).isEqualTo(4);
		assertThat(ledger.consumed()).isEqualTo(4);
		assertThat(ledger.lost()).isEqualTo(1);
		assertThat(ledger.duplicated()).isEqualTo(1);
	}

	@Test
	void ledgerShouldNotCountUnproducedIdsAsLost() {
		Ledger ledger = new Ledger(10);
		ledger.produced(3);
		ledger.consumed(3);
		assertThat(ledger.lost()).isZero();
		assertThat(ledger.produced()).isEqualTo(1);
	}

}
