package org.concurrency.lab.experiment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the engine tells of a run beyond its figures: its id and history, its threads'
 * states, its live events and its trace.
 */
class RunObservationTests {

	private static final Probe.Empty NONE = new Probe.Empty();

	private static final List<String> STATES = List.of("NEW", "RUNNABLE", "BLOCKED", "WAITING", "TIMED_WAITING",
			"TERMINATED");

	@Test
	void threadStatesShouldShowAThreadBlockedOnAMonitorAndOneWaitingOnALatch() {
		Object monitor = new Object();
		Report<Probe.Empty, String> report = Engines.defaults().run(new Probe<>("states", (context) -> {
			CountDownLatch never = new CountDownLatch(1);
			Thread blocked;
			Thread waiting = context.platformThreads("waiter-").newThread(() -> {
				try {
					never.await(300, TimeUnit.MILLISECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
			synchronized (monitor) {
				blocked = context.platformThreads("blocked-").newThread(() -> {
					synchronized (monitor) {
						// entered once main lets go
					}
				});
				blocked.start();
				waiting.start();
				context.until(() -> blocked.getState() == Thread.State.BLOCKED);
				// held long enough for many samples, even on a loaded machine
				Thread.sleep(300);
			}
			context.join(blocked);
			context.join(waiting);
			return "done";
		}), NONE);
		ThreadStates states = report.threadStates();
		assertThat(states.source()).isEqualTo("sampling");
		assertThat(states.sampledEveryMs()).isEqualTo(ThreadWatch.EVERY_MS);
		assertThat(states.workers()).extracting(ThreadStates.Worker::worker)
			.containsExactly("test/states", "waiter-0", "blocked-1");
		for (ThreadStates.Worker worker : states.workers()) {
			List<ThreadStates.Span> spans = worker.spans();
			assertThat(spans.getFirst().state()).as(worker.worker()).isEqualTo("NEW");
			assertThat(spans.getLast().state()).as(worker.worker()).isEqualTo("TERMINATED");
			assertThat(spans).extracting(ThreadStates.Span::state)
				.allSatisfy((state) -> assertThat(STATES).contains(state));
			for (int i = 1; i < spans.size(); i++) {
				// each span ends where the next begins
				assertThat(spans.get(i).startMs()).isEqualTo(spans.get(i - 1).endMs());
				assertThat(spans.get(i).state()).isNotEqualTo("NEW");
			}
		}
		ThreadStates.Span blocked = spans(states, "blocked-1").stream()
			.filter((span) -> span.state().equals("BLOCKED"))
			.findFirst()
			.orElseThrow();
		assertThat(blocked.lock()).startsWith("Object@").endsWith("held by test/states");
		assertThat(blocked.endMs() - blocked.startMs()).isGreaterThan(ThreadWatch.EVERY_MS);
		assertThat(spans(states, "waiter-0")).extracting(ThreadStates.Span::state).contains("TIMED_WAITING");
	}

	@Test
	void threadStatesOfARunWithMoreThreadsThanTheLabWatchesShouldBeSkipped() {
		LabLimits two = new LabLimits(4, Duration.ofSeconds(30), Duration.ofSeconds(5), 200, 100_000, 1000, 8, 500,
				Duration.ofSeconds(10), 2_000_000_000L, 100, 2, 1_000_000);
		Report<Probe.Empty, String> report = Engines.of(two).run(new Probe<>("many", (context) -> {
			for (int i = 0; i < 3; i++) {
				Thread thread = context.virtualThreads("v-").newThread(() -> {
				});
				thread.start();
				context.join(thread);
			}
			return "done";
		}), NONE);
		assertThat(report.threadStates().workers()).isNull();
		assertThat(report.threadStates().skipped()).contains("more than 2 threads", "lab.limits.watched-threads");
	}

	@Test
	void historyShouldKeepTheLastRunsNewestFirst() {
		LabLimits two = new LabLimits(4, Duration.ofSeconds(30), Duration.ofSeconds(5), 200, 100_000, 1000, 8, 500,
				Duration.ofSeconds(10), 2_000_000_000L, 2, 128, 1_000_000);
		ExperimentEngine engine = Engines.of(two);
		List<String> ids = new ArrayList<>();
		for (String label : List.of("first", "second", "third")) {
			ids.add(engine.run(new Probe<>(label, (context) -> label), NONE).runId());
		}
		assertThat(ids).doesNotHaveDuplicates();
		assertThat(engine.history().list()).extracting(RunHistory.Summary::method).containsExactly("third", "second");
		assertThat(engine.history().find(ids.get(2)).orElseThrow().links().self()).isEqualTo("/runs/" + ids.get(2));
		assertThat(engine.history().find(ids.get(0))).isEmpty();
	}

	@Test
	void observerShouldHearTheStartThenEachTaskAsItEnds() {
		List<Object> heard = new CopyOnWriteArrayList<>();
		RunObserver observer = new RunObserver() {

			@Override
			public void started(RunStarted started) {
				heard.add(started);
			}

			@Override
			public void task(TimelineEntry entry) {
				heard.add(entry);
			}

		};
		Report<Probe.Empty, String> report = Engines.defaults().run(new Probe<>("tasks", (context) -> {
			for (int i = 0; i < 3; i++) {
				int task = i;
				context.task(task, () -> task);
			}
			return "done";
		}), NONE, observer);
		assertThat(heard).hasSize(4);
		RunStarted started = (RunStarted) heard.getFirst();
		assertThat(started.runId()).isEqualTo(report.runId());
		assertThat(started.deadlineMs()).isEqualTo(LabLimits.defaults().deadline().toMillis());
		assertThat(heard.subList(1, 4)).extracting((entry) -> ((TimelineEntry) entry).task()).containsExactly(0, 1, 2);
		assertThat(started.progress().get().completedTasks()).isEqualTo(3);
	}

	@Test
	void traceShouldHoldACompleteEventPerTaskWithChildJvmsAsProcessesOfTheirOwn() {
		List<TimelineEntry> timeline = List.of(new TimelineEntry(0, "worker-0", false, null, 1.5, 11.5),
				new TimelineEntry(1, "pid 4242", false, null, 2, 12),
				new TimelineEntry(2, "virtual-0", true, "ForkJoinPool-1-worker-1", 3, 4),
				new TimelineEntry(3, "virtual-3 (pid 4343)", true, "ForkJoinPool-1-worker-1", 3, 4));
		ThreadStates states = ThreadStates.sampled(5,
				List.of(new ThreadStates.Worker("worker-0", false, List
					.of(new ThreadStates.Span("RUNNABLE", 0, 1.5, null), new ThreadStates.Span("BLOCKED", 1.5, 9, "L")),
						false)));
		Report<String, String> report = new Report<>("io-bound", "threading", "p", 0.012, 12, 1,
				new Report.ThreadCounts(1, 1, 1), new Report.ProcessCounts(1, List.of(4242L), List.of(50.0)), 0,
				timeline, false, 4, "n", RunStatus.COMPLETED, "r", "r1", Instant.EPOCH,
				Report.Links.of("r1", "io-bound", "threading"), states,
				List.of(new Track.Spans("GIL holder", List.of(new Track.Span("worker-0", 1.5, 6.5)), false)));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> events = (List<Map<String, Object>>) Trace.of(report).get("traceEvents");
		List<Map<String, Object>> tasks = events.stream().filter((event) -> "task".equals(event.get("cat"))).toList();
		assertThat(tasks).hasSize(4).allSatisfy((event) -> assertThat(event.get("ph")).isEqualTo("X"));
		assertThat(tasks.get(0)).containsEntry("ts", 1500L).containsEntry("dur", 10_000L);
		assertThat(tasks.get(1)).containsEntry("pid", 4242L);
		// a child JVM's virtual thread, as the virtual-threads topic names it
		assertThat(tasks.get(3)).containsEntry("pid", 4343L);
		long lab = ProcessHandle.current().pid();
		assertThat(tasks.get(0)).containsEntry("pid", lab);
		assertThat(events).filteredOn((event) -> "process_name".equals(event.get("name")))
			.extracting((event) -> event.get("pid"))
			.containsExactlyInAnyOrder(lab, 4242L, 4343L);
		assertThat(events).filteredOn((event) -> "GIL holder".equals(event.get("cat")))
			.singleElement()
			.satisfies((event) -> assertThat(event).containsEntry("name", "worker-0").containsEntry("dur", 5000L));
		assertThat(events).filteredOn((event) -> "thread-state".equals(event.get("cat")))
			.extracting((event) -> event.get("name"))
			.containsExactly("RUNNABLE", "BLOCKED");
	}

	private static List<ThreadStates.Span> spans(ThreadStates states, String worker) {
		return states.workers()
			.stream()
			.filter((lane) -> lane.worker().equals(worker))
			.findFirst()
			.orElseThrow()
			.spans();
	}

}
