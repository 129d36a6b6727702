package org.concurrency.lab.queue;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LiveThreads;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LifoOrderTests {

	private final ExperimentEngine engine = Engines.defaults();

	@Test
	void runShouldGiveItemsBackReversedAsAStackAndInOrderAsAQueue() {
		Report<LifoRequest, LifoResult> report = this.engine.run(new LifoOrder(), new LifoRequest(5));
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(report.result().putOrder()).containsExactly(0, 1, 2, 3, 4);
		assertThat(report.result().lifoOrder()).containsExactly(4, 3, 2, 1, 0);
		assertThat(report.result().fifoOrder()).containsExactly(0, 1, 2, 3, 4);
		assertThat(report.result().lifoReversed()).isTrue();
		assertThat(report.result().fifoInOrder()).isTrue();
		assertThat(report.completedTasks()).isEqualTo(10);
		assertThat(LiveThreads.named("producer-")).isEmpty();
		assertThat(LiveThreads.named("consumer-")).isEmpty();
	}

}
