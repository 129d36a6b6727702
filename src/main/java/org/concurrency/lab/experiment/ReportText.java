package org.concurrency.lab.experiment;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A report as a short text table and an ASCII timeline, one row per worker, drawn like
 * the diagrams of the seed guide: {@code █} while the worker runs a task, {@code ░} while
 * it does not.
 */
public final class ReportText {

	static final int WIDTH = 50;

	static final int MAX_ROWS = 40;

	private ReportText() {
	}

	public static String render(Report<?, ?> report) {
		StringBuilder text = new StringBuilder();
		Report.ThreadCounts threads = report.threads();
		line(text, "%s / %s — %s", report.experiment(), report.method(), report.status().label());
		line(text, "%-12s %.3f s", "duration", report.duration());
		line(text, "%-12s %.1f ms (%.2f cores busy on average)", "cpu time", report.cpuTimeMs(),
				(report.durationMs() > 0) ? report.cpuTimeMs() / report.durationMs() : 0.0);
		line(text, "%-12s platform %d (peak %d at once), virtual %d", "threads", threads.platformStarted(),
				threads.platformPeak(), threads.virtualStarted());
		line(text, "%-12s %d %s", "processes", report.processes().spawned(), report.processes().pids());
		line(text, "%-12s %+.1f MB", "heap", report.heapDeltaMb());
		line(text, "%-12s %d finished", "tasks", report.completedTasks());
		text.append('\n');
		timeline(text, report.timeline(), report.durationMs());
		if (report.timelineTruncated()) {
			line(text, "(timeline shows the first %d tasks only)", report.timeline().size());
		}
		text.append('\n');
		line(text, "%s", report.note());
		return text.toString();
	}

	private static void timeline(StringBuilder text, List<TimelineEntry> entries, double durationMs) {
		if (entries.isEmpty()) {
			return;
		}
		Map<String, char[]> rows = new LinkedHashMap<>();
		double scale = WIDTH / Math.max(durationMs, 1.0);
		boolean shaded = false;
		for (TimelineEntry entry : entries) {
			char[] row = rows.computeIfAbsent(entry.worker(), (worker) -> {
				char[] empty = new char[WIDTH];
				Arrays.fill(empty, '░');
				return empty;
			});
			int from = Math.clamp((long) Math.floor(entry.startMs() * scale), 0, WIDTH - 1);
			int to = Math.clamp((long) Math.ceil(entry.endMs() * scale), from + 1, WIDTH);
			double busy = entry.busyFraction();
			shaded |= busy < 0.95;
			Arrays.fill(row, from, to, (busy >= 0.95) ? '█' : (busy >= 0.4) ? '▓' : '▒');
		}
		int nameWidth = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
		line(text, "%-" + nameWidth + "s  0 ms%" + (WIDTH - 4) + "s", "timeline",
				String.format(Locale.ROOT, "%.0f ms", durationMs));
		rows.entrySet().stream().limit(MAX_ROWS).forEach((row) -> {
			line(text, "%-" + nameWidth + "s  %s", row.getKey(), new String(row.getValue()));
		});
		if (rows.size() > MAX_ROWS) {
			line(text, "… and %d more workers", rows.size() - MAX_ROWS);
		}
		if (shaded) {
			line(text, "%-" + nameWidth + "s  ▓ ran about half the time or more, ▒ less: workers took turns", "");
		}
	}

	private static void line(StringBuilder text, String format, Object... args) {
		text.append(String.format(Locale.ROOT, format, args)).append('\n');
	}

}
