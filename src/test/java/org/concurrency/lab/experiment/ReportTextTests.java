package org.concurrency.lab.experiment;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTextTests {

	@Test
	void renderShouldDrawOneRowPerWorkerBusyWhereItsTasksRan() {
		Report<String, String> report = new Report<>("io-bound", "threading", "p", 1.0, 1000, 10,
				new Report.ThreadCounts(2, 0, 2), new Report.ProcessCounts(0, List.of(), List.of()), 0.5,
				List.of(new TimelineEntry(0, "thread-0", false, null, 0, 500),
						new TimelineEntry(1, "thread-1", false, null, 500, 1000)),
				false, 2, "two tasks, one after the other", RunStatus.COMPLETED, "r", "r1", Instant.EPOCH,
				new Report.Links("/runs/r1", "/runs/r1/trace", "/source"), null, List.of());
		String text = ReportText.render(report);
		assertThat(text).contains("io-bound / threading — completed", "two tasks, one after the other");
		String first = text.lines().filter((line) -> line.startsWith("thread-0")).findFirst().orElseThrow();
		String second = text.lines().filter((line) -> line.startsWith("thread-1")).findFirst().orElseThrow();
		String firstBar = first.substring(first.length() - ReportText.WIDTH);
		String secondBar = second.substring(second.length() - ReportText.WIDTH);
		assertThat(firstBar).isEqualTo("█".repeat(25) + "░".repeat(25));
		assertThat(secondBar).isEqualTo("░".repeat(25) + "█".repeat(25));
		assertThat(text).doesNotContain("took turns");
	}

	@Test
	void renderWhenTasksRanPartOfTheirSpanShouldShadeThem() {
		Report<String, String> report = new Report<>("cpu-bound", "gil-simulated", "p", 1.0, 1000, 1000,
				new Report.ThreadCounts(2, 0, 2), new Report.ProcessCounts(0, List.of(), List.of()), 0,
				List.of(new TimelineEntry(0, "python-0", false, null, 0, 1000, 500.0),
						new TimelineEntry(1, "python-1", false, null, 0, 1000, 200.0)),
				false, 2, "turns", RunStatus.COMPLETED, "r", "r1", Instant.EPOCH,
				new Report.Links("/runs/r1", "/runs/r1/trace", "/source"), null, List.of());
		String text = ReportText.render(report);
		assertThat(text).contains("python-0  " + "▓".repeat(ReportText.WIDTH),
				"python-1  " + "▒".repeat(ReportText.WIDTH), "took turns");
	}

}
