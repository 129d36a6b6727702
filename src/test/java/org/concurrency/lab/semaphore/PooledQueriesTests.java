package org.concurrency.lab.semaphore;

import java.time.Duration;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LiveThreads;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PooledQueriesTests {

	private final ExperimentEngine engine = Engines.defaults();

	@Test
	void runShouldNeverUseMoreConnectionsThanThePoolHolds() {
		ConnectionPoolResult result = run(new ConnectionPoolRequest(2, 6, 4, 5000, 2, 3));
		ConnectionPoolResult.PoolRun pool = result.healthChecked();
		assertThat(pool.queriesAttempted()).isEqualTo(24);
		assertThat(pool.queriesDone() + pool.timeouts()).isEqualTo(24);
		assertThat(pool.timeouts()).isZero();
		assertThat(pool.maxInUse()).isBetween(1, 2);
		assertThat(result.withoutHealthCheck().maxInUse()).isBetween(1, 2);
		assertThat(pool.waits()).isPositive(); // 6 workers, 2 connections
	}

	@Test
	void runWithHealthCheckShouldReplaceEveryBrokenConnectionAndFailNoQuery() {
		ConnectionPoolResult.PoolRun pool = run(new ConnectionPoolRequest(2, 6, 4, 5000, 1, 3)).healthChecked();
		assertThat(pool.failedQueries()).isZero();
		assertThat(pool.connections().stream().mapToInt(ConnectionPoolResult.ConnectionUse::uses).sum())
			.isEqualTo(pool.queriesDone());
		assertThat(pool.connections()).filteredOn(ConnectionPoolResult.ConnectionUse::replaced)
			.hasSize(pool.replaced())
			.allSatisfy((connection) -> assertThat(connection.uses()).isEqualTo(3));
		// 24 uses = 3 per replaced connection + fewer than 3 on each of the 2 left
		assertThat(pool.replaced()).isBetween(7, 8);
		assertThat(pool.connections()).hasSize(2 + pool.replaced());
	}

	@Test
	void runWithoutHealthCheckShouldFailQueriesOnBrokenConnections() {
		// 24 queries, 2 connections that answer 3 each before breaking: 6 succeed at most
		ConnectionPoolResult.PoolRun pool = run(new ConnectionPoolRequest(2, 6, 4, 5000, 1, 3)).withoutHealthCheck();
		assertThat(pool.queriesDone()).isEqualTo(24);
		assertThat(pool.failedQueries()).isGreaterThanOrEqualTo(24 - 2 * 3);
		assertThat(pool.replaced()).isZero();
		assertThat(pool.connections()).hasSize(2);
	}

	@Test
	void runShouldHonourTheAcquireTimeout() {
		ConnectionPoolResult.PoolRun pool = run(new ConnectionPoolRequest(1, 2, 1, 50, 500, 10)).healthChecked();
		assertThat(pool.queriesAttempted()).isEqualTo(2);
		assertThat(pool.queriesDone()).isEqualTo(1);
		assertThat(pool.timeouts()).isEqualTo(1);
		// gave up at its timeout (the count above), not when the connection came back
		assertThat(pool.longestWaitMs()).isGreaterThanOrEqualTo(50);
	}

	@Test
	void runWithATinyDeadlineShouldTimeOutPromptlyAndCleanly() {
		ExperimentEngine tight = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(300)));
		Report<ConnectionPoolRequest, ConnectionPoolResult> report = tight.run(new PooledQueries(),
				new ConnectionPoolRequest(1, 4, 5, 10000, 500, 5));
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		// stopped at the deadline, not at the end of its work: within the grace the
		// engine allows
		assertThat(report.durationMs()).isLessThan(300 + LabLimits.defaults().grace().toMillis());
		assertThat(report.note()).contains("every thread and process it started was ended");
		assertThat(LiveThreads.named("worker-")).isEmpty();
	}

	private ConnectionPoolResult run(ConnectionPoolRequest request) {
		Report<ConnectionPoolRequest, ConnectionPoolResult> report = this.engine.run(new PooledQueries(), request);
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(LiveThreads.deadlocked()).isEmpty();
		assertThat(LiveThreads.named("worker-")).isEmpty();
		assertThat(LiveThreads.named("unchecked-")).isEmpty();
		return report.result();
	}

}
