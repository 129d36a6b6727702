package org.concurrency.lab.sync;

import java.time.Duration;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LiveThreads;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadersWritersTests {

	@Test
	void runShouldLetReadersInTogetherOnlyWithAReadWriteLockAndWritersAloneAlways() {
		ExperimentEngine engine = Engines.defaults();
		Report<ReadWriteLockRequest, ReadWriteLockResult> report = engine.run(new ReadersWriters(),
				new ReadWriteLockRequest(4, 2, 150, 5));
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		ReadWriteLockResult.Variant shared = report.result().variants().get(0);
		ReadWriteLockResult.Variant serial = report.result().variants().get(1);
		assertThat(shared.variant()).isEqualTo("read-write-lock");
		assertThat(shared.maxConcurrentReaders()).isEqualTo(4);
		assertThat(serial.variant()).isEqualTo("plain-lock");
		assertThat(serial.maxConcurrentReaders()).isEqualTo(1);
		assertThat(report.result().variants()).allSatisfy((variant) -> {
			assertThat(variant.readersDuringWrites()).isZero();
			assertThat(variant.tornReads()).isZero();
			assertThat(variant.reads()).isEqualTo(4);
			assertThat(variant.writes()).isEqualTo(2);
		});
		// four reads of 150 ms one at a time take at least 600 ms; together far less
		assertThat(serial.durationMs()).isGreaterThanOrEqualTo(600);
		assertThat(shared.durationMs()).isLessThan(serial.durationMs());
	}

	@Test
	void runWhenDeadlinePassesShouldLeaveNoReaderOrWriterBehind() {
		ExperimentEngine engine = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(300)));
		Report<ReadWriteLockRequest, ReadWriteLockResult> report = engine.run(new ReadersWriters(),
				new ReadWriteLockRequest(3, 1, 10_000, 10));
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		assertThat(report.durationMs()).isLessThan(300 + LabLimits.defaults().grace().toMillis());
		assertThat(LiveThreads.named("read-write-lock-")).isEmpty();
		assertThat(LiveThreads.deadlocked()).isEmpty();
	}

}
