package org.concurrency.lab.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OperationStatsTests {

	@Test
	void summaryShouldCountAndReadPercentilesFromTheDurations() {
		OperationStats stats = new OperationStats();
		for (int i = 1; i <= 100; i++) {
			stats.add(i / 100.0, i % 10 != 0);
		}
		OperationStats.Summary summary = stats.summary();
		assertThat(summary.count()).isEqualTo(100);
		assertThat(summary.successes()).isEqualTo(90);
		assertThat(summary.failures()).isEqualTo(10);
		assertThat(summary.successRate()).isEqualTo(90.0);
		assertThat(summary.minDuration()).isEqualTo(0.01);
		assertThat(summary.maxDuration()).isEqualTo(1.0);
		assertThat(summary.avgDuration()).isEqualTo(0.505);
		assertThat(summary.p50Duration()).isEqualTo(0.5);
		assertThat(summary.p95Duration()).isEqualTo(0.95);
	}

	@Test
	void summaryWhenMoreRunsThanKeptShouldStillCountThemAll() {
		OperationStats stats = new OperationStats();
		for (int i = 0; i < OperationStats.KEPT + 10; i++) {
			stats.add(1.0, true);
		}
		assertThat(stats.summary().count()).isEqualTo(OperationStats.KEPT + 10);
		assertThat(stats.summary().p95Duration()).isEqualTo(1.0);
	}

}
