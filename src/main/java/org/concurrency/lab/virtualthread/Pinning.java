package org.concurrency.lab.virtualthread;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.concurrency.lab.experiment.ChildJvm;
import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;
import org.concurrency.lab.experiment.WorkerMain;
import org.jspecify.annotations.Nullable;

/**
 * Pinning. A virtual thread that blocks normally unmounts: its carrier, one of a few
 * platform threads, goes on to run another virtual thread, so {@code tasks} virtual
 * threads that each wait 200 ms on 2 carriers all wait at once, in about 200 ms. A
 * virtual thread that cannot unmount is <em>pinned</em>: it holds its carrier for the
 * whole wait, so only as many wait at a time as there are carriers, and the same run
 * takes {@code ⌈tasks ÷ carriers⌉} waits in a row.
 * <p>
 * What pins changed with the JDK. Holding a monitor ({@code synchronized}) pinned on JDK
 * 21 to 23; since JDK 24 (JEP 491) a virtual thread blocking in {@code synchronized}
 * unmounts like any other. A native frame on the stack still pins, because the JVM cannot
 * move a C frame to the heap: here a comparator upcall from libc's {@code qsort} that
 * sleeps. So does blocking inside a class initialiser, where the VM's own initialisation
 * code is on the stack. The child JVM ({@link PinningWorker}) records the JDK's own
 * {@code jdk.VirtualThreadPinned} events with a JFR stream at threshold 0: how long each
 * held its carrier, why, and the frame that pinned. It runs with exactly {@code workers}
 * carriers, which only a JVM of its own can have.
 */
@Endpoint(label = "pinning",
		summary = "Virtual threads blocking on 2 carriers, plainly or pinned (synchronized, native, class-init): "
				+ "wall time and the JDK's jdk.VirtualThreadPinned events")
final class Pinning implements VirtualThreadVariant<PinningRequest, PinningResult> {

	/** The child's side too: where each task blocks is what the lesson is about. */
	@Override
	public List<Class<?>> sourceClasses() {
		return List.of(Pinning.class, PinningWorker.class, FreshLoader.class);
	}

	@Override
	public PinningResult run(PinningRequest request, RunContext context) throws Exception {
		// JFR keeps its recording on disk; a child ended at the deadline cannot remove
		// it,
		// the engine does, at the end of the run
		Path repository = context.temporaryDirectory("lab-jfr-");
		int workers = request.workers();
		List<String> flags = List.of(Carriers.PARALLELISM + workers, Carriers.MAX_POOL_SIZE + workers,
				Carriers.NATIVE_ACCESS);
		List<String> options = new ArrayList<>(flags);
		options.add("-XX:FlightRecorderOptions:repository=" + repository);
		ChildJvm child = context.processes()
			.start(options, PinningWorker.class, request.pin().label(), Integer.toString(request.tasks()),
					Integer.toString(request.waitMs()));
		String version = "";
		List<Task> tasks = new ArrayList<>();
		List<String[]> pinned = new ArrayList<>();
		String[] total = null;
		String line;
		while ((line = child.readLine()) != null) {
			String[] fields = line.split("\t", -1);
			switch (fields[0]) {
				case PinningWorker.JDK -> version = fields[1];
				case PinningWorker.TASK -> tasks.add(Task.of(fields));
				case PinningWorker.PINNED -> pinned.add(fields);
				case PinningWorker.PINNED_TOTAL -> total = fields;
				default -> throw new IllegalStateException("unexpected line from child " + child.pid() + ": " + line);
			}
		}
		int exit = context.awaitExit(child);
		if (exit != 0 || total == null || tasks.size() != request.tasks()) {
			throw new IllegalStateException("the child JVM " + child.pid() + " exited with " + exit + " after "
					+ tasks.size() + " of " + request.tasks() + " tasks");
		}
		Instant first = tasks.stream().map(Task::start).min(Instant::compareTo).orElseThrow();
		Instant last = tasks.stream().map(Task::end).max(Instant::compareTo).orElseThrow();
		TreeSet<String> carriers = new TreeSet<>();
		for (Task task : tasks) {
			context.record(task.index(), task.thread() + " (" + child.name() + ")", task.carrierAtEnd(), task.start(),
					task.end());
			carriers.add(task.carrierAtStart());
			carriers.add(task.carrierAtEnd());
		}
		carriers.remove("");
		List<PinningResult.PinnedEvent> events = pinned.stream().map((fields) -> event(fields, first)).toList();
		long inARow = (request.tasks() + workers - 1) / workers;
		return new PinningResult(request.pin().label(), Carriers.jdk(version, flags), List.copyOf(carriers),
				Millis.of(Duration.between(first, last).toNanos()), request.waitMs(), inARow * request.waitMs(),
				atOnce(tasks), Integer.parseInt(total[1]), Integer.parseInt(total[2]),
				Millis.of(Long.parseLong(total[3])), events);
	}

	private static PinningResult.PinnedEvent event(String[] fields, Instant first) {
		Instant start = WorkerMain.instant(Long.parseLong(fields[1]));
		List<String> frames = fields[9].isEmpty() ? List.of() : Arrays.asList(fields[9].split("\\|"));
		return new PinningResult.PinnedEvent(fields[4], fields[5], Millis.of(Duration.between(first, start).toNanos()),
				Millis.of(Long.parseLong(fields[2])), fields[6], fields[7], fields[8], fields[3].equals("1"), frames);
	}

	/** The most tasks waiting at one moment: a sweep over their starts and ends. */
	static int atOnce(List<Task> tasks) {
		List<long[]> edges = new ArrayList<>();
		for (Task task : tasks) {
			edges.add(new long[] { WorkerMain.epochNanos(task.start()), 1 });
			edges.add(new long[] { WorkerMain.epochNanos(task.end()), -1 });
		}
		// at the same instant an end comes before a start: touching is not overlapping
		edges.sort((a, b) -> (a[0] != b[0]) ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
		int now = 0;
		int most = 0;
		for (long[] edge : edges) {
			now += (int) edge[1];
			most = Math.max(most, now);
		}
		return most;
	}

	@Override
	public String note(PinningRequest request, PinningResult result) {
		boolean pinned = result.atOnce() <= request.workers() && request.tasks() > request.workers();
		String how = switch (request.pin()) {
			case NONE -> "";
			case SYNCHRONIZED -> " holding a monitor (synchronized)";
			case NATIVE -> " in a comparator that libc's qsort called back (a native frame below it)";
			case CLASS_INIT -> " in a class initialiser";
		};
		String outcome = pinned
				? "pinned, only " + result.atOnce() + " waited at a time, and the tasks took " + result.wallMs()
						+ " ms, at least ⌈" + request.tasks() + " ÷ " + request.workers() + "⌉ × " + request.waitMs()
						+ " = " + Math.round(result.pinnedBoundMs()) + " ms"
				: result.atOnce() + " waited at once, and the tasks took " + result.wallMs() + " ms, about one wait";
		String events = "The JDK recorded " + result.pinnedEvents() + " jdk.VirtualThreadPinned "
				+ ((result.pinnedEvents() == 1) ? "event" : "events")
				+ ((result.pinnedWaits() > 0)
						? ", " + result.pinnedWaits() + " of them the tasks' waits" + reason(result.events()) : "")
				+ ".";
		return request.tasks() + " virtual threads each slept " + request.waitMs() + " ms" + how + " on "
				+ request.workers() + " carriers: " + outcome + ". " + events + " "
				+ lesson(request.pin(), result.jdk().feature()) + " (JDK " + result.jdk().version() + ", "
				+ String.join(" ", result.jdk().flags()) + ")";
	}

	private static String reason(List<PinningResult.PinnedEvent> events) {
		PinningResult.@Nullable PinnedEvent wait = events.stream()
			.filter(PinningResult.PinnedEvent::ofTheWait)
			.findFirst()
			.orElse(null);
		if (wait == null) {
			return "";
		}
		return ", each about " + wait.durationMs() + " ms: \"" + wait.pinnedReason() + "\""
				+ (wait.pinnedBy().isEmpty() ? "" : ", pinned by " + wait.pinnedBy());
	}

	/** What this pin teaches, and how it differs between JDK 21, 24 and 25. */
	static String lesson(PinningRequest.Pin pin, int feature) {
		return switch (pin) {
			case NONE -> "A virtual thread that sleeps unmounts, on every JDK since 21: its carrier runs the others.";
			case SYNCHRONIZED -> (feature >= 24)
					? "Since JDK 24 (JEP 491) a virtual thread blocking inside synchronized unmounts too; on JDK 21 "
							+ "to 23 it pinned its carrier, and this run would have taken the pinned time."
					: "On this JDK (before 24) a virtual thread blocking inside synchronized pins its carrier; JDK 24 "
							+ "(JEP 491) lets it unmount.";
			case NATIVE -> "A native frame on the stack pins on JDK 21, 24 and 25 alike: the JVM cannot move a C "
					+ "frame off its carrier. Keep waits out of upcalls.";
			case CLASS_INIT -> "Blocking in a class initialiser pins on JDK 21, 24 and 25 alike: JEP 491 freed "
					+ "synchronized, not the VM's class initialisation. Keep static initialisers short.";
		};
	}

	/** One task as the child reported it. */
	record Task(int index, String thread, Instant start, Instant end, String carrierAtStart, String carrierAtEnd) {

		static Task of(String[] fields) {
			return new Task(Integer.parseInt(fields[1]), fields[2], WorkerMain.instant(Long.parseLong(fields[3])),
					WorkerMain.instant(Long.parseLong(fields[4])), fields[5], fields[6]);
		}

	}

}
