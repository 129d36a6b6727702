package org.concurrency.lab.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report as Chrome Trace Event Format JSON, which Perfetto UI and chrome://tracing
 * open: a complete event ({@code "ph": "X"}, microseconds from the run's start) per
 * timeline task, a track of its own per worker's thread states, and metadata events
 * naming the lab, each child JVM (its own {@code pid}) and each track.
 */
public final class Trace {

	/** Tracks of thread states are numbered from here, after the workers'. */
	private static final int STATE_TRACKS = 100_000;

	/** The run's own tracks (the GIL's holder) are numbered from here. */
	private static final int TRACKS = 200_000;

	/** How a timeline names a worker of a child JVM. */
	private static final Pattern CHILD = Pattern.compile("\\bpid (\\d+)\\b");

	private final long labPid;

	private final List<Map<String, Object>> events = new ArrayList<>();

	private final Map<String, Integer> tids = new LinkedHashMap<>();

	private Trace(long labPid) {
		this.labPid = labPid;
	}

	/** The trace of {@code report}, its tasks placed in this lab's process. */
	public static Map<String, Object> of(Report<?, ?> report) {
		Trace trace = new Trace(ProcessHandle.current().pid());
		trace.metadata("process_name", trace.labPid, 0,
				"Concurrency Lab: " + report.experiment() + "/" + report.method() + " (run " + report.runId() + ")");
		for (TimelineEntry entry : report.timeline()) {
			trace.task(entry);
		}
		ThreadStates states = report.threadStates();
		if (states != null && states.workers() != null) {
			int lane = STATE_TRACKS;
			for (ThreadStates.Worker worker : states.workers()) {
				lane++;
				trace.metadata("thread_name", trace.labPid, lane, worker.worker() + " (states)");
				for (ThreadStates.Span span : worker.spans()) {
					Map<String, Object> args = new LinkedHashMap<>();
					args.put("worker", worker.worker());
					if (span.lock() != null) {
						args.put("lock", span.lock());
					}
					trace.complete(span.state(), "thread-state", trace.labPid, lane, span.startMs(), span.endMs(),
							args);
				}
			}
		}
		int track = TRACKS;
		for (Track.Spans spans : report.tracks()) {
			track++;
			trace.metadata("thread_name", trace.labPid, track, spans.name());
			for (Track.Span span : spans.spans()) {
				trace.complete(span.label(), spans.name(), trace.labPid, track, span.startMs(), span.endMs(),
						Map.of("holder", span.label()));
			}
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("traceEvents", trace.events);
		json.put("displayTimeUnit", "ms");
		json.put("otherData", Map.of("run_id", report.runId(), "experiment", report.experiment(), "method",
				report.method(), "started_at", report.startedAt().toString()));
		return json;
	}

	/**
	 * A task on its worker's track: in a child JVM ({@code pid 1234}) under that pid, in
	 * the lab under the lab's.
	 */
	private void task(TimelineEntry entry) {
		long pid = childPid(entry.worker());
		int tid = this.tids.computeIfAbsent(entry.worker(), (worker) -> {
			int next = this.tids.size() + 1;
			if (pid != this.labPid) {
				metadata("process_name", pid, 0, "child JVM " + pid);
			}
			metadata("thread_name", pid, next, worker);
			return next;
		});
		Map<String, Object> args = new LinkedHashMap<>();
		args.put("task", entry.task());
		args.put("virtual", entry.virtual());
		if (entry.carrier() != null) {
			args.put("carrier", entry.carrier());
		}
		if (entry.busyMs() != null) {
			args.put("busy_ms", entry.busyMs());
		}
		complete("task " + entry.task(), "task", pid, tid, entry.startMs(), entry.endMs(), args);
	}

	/**
	 * The child JVM a worker ran in, {@code pid 1234} or {@code virtual-3 (pid 1234)},
	 * else the lab.
	 */
	private long childPid(String worker) {
		Matcher pid = CHILD.matcher(worker);
		return pid.find() ? Long.parseLong(pid.group(1)) : this.labPid;
	}

	private void complete(String name, String category, long pid, int tid, double startMs, double endMs,
			Map<String, Object> args) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("name", name);
		event.put("cat", category);
		event.put("ph", "X");
		event.put("ts", Math.round(startMs * 1000));
		event.put("dur", Math.max(0, Math.round((endMs - startMs) * 1000)));
		event.put("pid", pid);
		event.put("tid", tid);
		event.put("args", args);
		this.events.add(event);
	}

	private void metadata(String kind, long pid, int tid, String name) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("name", kind);
		event.put("ph", "M");
		event.put("pid", pid);
		event.put("tid", tid);
		event.put("args", Map.of("name", name));
		this.events.add(event);
	}

}
