package org.concurrency.lab.virtualthread;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingStream;
import org.concurrency.lab.experiment.WorkerCommand;
import org.concurrency.lab.experiment.WorkerMain;
import org.jspecify.annotations.Nullable;

/**
 * The child-JVM side of {@code virtual-threads/pinning}: {@code <pin> <tasks> <wait ms>},
 * in a JVM whose scheduler has as many carriers as the run asks for. It records the JDK's
 * {@code jdk.VirtualThreadPinned} events with a JFR {@link RecordingStream} (threshold 0,
 * with stack traces), starts {@code tasks} virtual threads that each block once for
 * {@code wait ms} the way {@code pin} says, and writes, tab-separated:
 * <ul>
 * <li>{@code jdk <Runtime.version()>};
 * <li>{@code task <index> <thread> <start epoch ns> <end epoch ns> <carrier at start>
 * <carrier at end>};
 * <li>{@code pinned <start epoch ns> <duration ns> <during the wait: 1 or 0> <thread>
 * <carrier> <blocking operation> <reason> <pinned by> <frames, |-separated>}, for the
 * first {@value #DETAILED} events;
 * <li>{@code pinned_total <events> <during the wait> <duration ns>}.
 * </ul>
 * One task of each kind runs before the recording starts, so that loading classes (which
 * may pin for a moment too) is not counted. Written without lambdas or string {@code +},
 * as {@link WorkerMain} explains.
 * <p>
 * It is longer than most classes because it is a child JVM's whole program, with no
 * lambdas and no library: the four ways of blocking, the JFR recording of pinned events,
 * and the lines it writes for the lab to read.
 */
public final class PinningWorker implements WorkerCommand {

	static final String JDK = "jdk";

	static final String TASK = "task";

	static final String PINNED = "pinned";

	static final String PINNED_TOTAL = "pinned_total";

	static final String EVENT = "jdk.VirtualThreadPinned";

	/** Events written in full; the rest are counted. */
	static final int DETAILED = 32;

	/** Frames of an event's stack written, from the wait down. */
	static final int FRAMES = 8;

	private static final String WAIT_FRAME = PinnedWait.class.getName();

	@Override
	public void run(List<String> args, BufferedReader in, PrintStream out) throws Exception {
		String pin = args.get(0);
		int tasks = Integer.parseInt(args.get(1));
		long waitMs = Long.parseLong(args.get(2));
		out.println(fields(JDK, Runtime.version().toString()));
		// once before the recording, on the main thread and on a virtual one: the classes
		// it loads, and the native linker's set-up, would pin for a moment themselves
		PinnedWait.set(0);
		block(pin);
		Thread warm = Thread.ofVirtual().start(new Task(pin, 0, new String[1]));
		warm.join();
		Collector pinned = new Collector();
		try (RecordingStream recording = new RecordingStream()) {
			recording.enable(EVENT).withThreshold(Duration.ZERO).withStackTrace();
			recording.onEvent(EVENT, pinned);
			recording.startAsync();
			PinnedWait.set(waitMs);
			String[] lines = new String[tasks];
			Thread[] threads = new Thread[tasks];
			for (int index = 0; index < tasks; index++) {
				threads[index] = Thread.ofVirtual().name("virtual-", index).unstarted(new Task(pin, index, lines));
			}
			for (Thread thread : threads) {
				thread.start();
			}
			for (Thread thread : threads) {
				thread.join(); // the lab destroys this JVM at its deadline
			}
			recording.stop(); // delivers every event recorded so far
			for (String line : lines) {
				out.println(line);
			}
		}
		write(pinned.events(), out);
	}

	/** Blocks once, the way {@code pin} says. */
	static void block(String pin) throws ClassNotFoundException {
		switch (pin) {
			case "none" -> PinnedWait.block();
			case "synchronized" -> {
				// a monitor each: no thread waits for another's
				Object monitor = new Object();
				synchronized (monitor) {
					// holding a monitor: pinned until JDK 24, not since
					PinnedWait.block();
				}
			}
			case "native" -> NativeSort.sortBlocking();
			case "class-init" -> FreshLoader.initialiseFreshCopy();
			default -> throw new IllegalArgumentException(pin);
		}
	}

	private static void write(List<RecordedEvent> events, PrintStream out) {
		int duringWait = 0;
		long totalNanos = 0;
		for (int i = 0; i < events.size(); i++) {
			RecordedEvent event = events.get(i);
			List<RecordedFrame> frames = frames(event.getStackTrace());
			int wait = waitFrame(frames);
			if (wait >= 0) {
				duringWait++;
			}
			totalNanos += event.getDuration().toNanos();
			if (i < DETAILED) {
				out.println(fields(PINNED, Long.toString(WorkerMain.epochNanos(event.getStartTime())),
						Long.toString(event.getDuration().toNanos()), (wait >= 0) ? "1" : "0",
						thread(event, "eventThread"), thread(event, "carrierThread"), text(event, "blockingOperation"),
						text(event, "pinnedReason"), pinnedBy(frames, Math.max(wait, 0)),
						describe(frames, Math.max(wait, 0))));
			}
		}
		out.println(fields(PINNED_TOTAL, Integer.toString(events.size()), Integer.toString(duringWait),
				Long.toString(totalNanos)));
	}

	private static List<RecordedFrame> frames(@Nullable RecordedStackTrace stack) {
		return (stack != null) ? stack.getFrames() : List.of();
	}

	/** Where the lab's own wait is on the stack, or -1 if the event is not of one. */
	private static int waitFrame(List<RecordedFrame> frames) {
		for (int i = 0; i < frames.size(); i++) {
			if (frames.get(i).getMethod().getType().getName().equals(WAIT_FRAME)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The frame below the wait that kept the virtual thread on its carrier: a class
	 * initialiser, a native method, or the Java frame that called into native code
	 * through a downcall (the native frame itself has no Java frame).
	 */
	static String pinnedBy(List<RecordedFrame> frames, int from) {
		boolean downcall = false;
		for (int i = from + 1; i < frames.size(); i++) {
			RecordedFrame frame = frames.get(i);
			String type = frame.getMethod().getType().getName();
			String method = frame.getMethod().getName();
			if (downcall && !frame.getMethod().isHidden()) {
				return new StringBuilder(name(frame)).append(", calling native code").toString();
			}
			if (method.equals("<clinit>")) {
				return name(frame);
			}
			if (type.startsWith("jdk.internal.foreign.abi.DowncallStub")) {
				downcall = true;
			}
			else if ("Native".equals(frame.getType()) && i < frames.size() - 1) {
				return name(frame);
			}
		}
		return "";
	}

	/**
	 * Frames from {@code from} down, as {@code Class.method:line}, without the method
	 * handles' own plumbing.
	 */
	static String describe(List<RecordedFrame> frames, int from) {
		StringBuilder line = new StringBuilder();
		int written = 0;
		for (int i = from; i < frames.size() && written < FRAMES; i++) {
			RecordedFrame frame = frames.get(i);
			String type = frame.getMethod().getType().getName();
			if (type.startsWith("java.lang.invoke.")) {
				continue;
			}
			if (written > 0) {
				line.append('|');
			}
			line.append(name(frame));
			if (frame.getLineNumber() > 0) {
				line.append(':').append(frame.getLineNumber());
			}
			written++;
		}
		return line.toString();
	}

	/** {@code Class.method}, the address of a hidden class left out. */
	private static String name(RecordedFrame frame) {
		String type = frame.getMethod().getType().getName();
		int hidden = type.indexOf(".0x");
		if (hidden < 0) {
			hidden = type.indexOf("/0x");
		}
		String simple = (hidden >= 0) ? type.substring(0, hidden) : type;
		simple = simple.substring(simple.lastIndexOf('.') + 1);
		return new StringBuilder(simple).append('.').append(frame.getMethod().getName()).toString();
	}

	private static String thread(RecordedEvent event, String field) {
		if (!event.hasField(field)) {
			return "";
		}
		RecordedThread thread = event.getThread(field);
		return (thread != null && thread.getJavaName() != null) ? thread.getJavaName() : "";
	}

	private static String text(RecordedEvent event, String field) {
		String value = event.hasField(field) ? event.getString(field) : null;
		return (value != null) ? value : "";
	}

	static String fields(String... fields) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				line.append('\t');
			}
			line.append(fields[i].replace('\t', ' ').replace('\n', ' '));
		}
		return line.toString();
	}

	/** The carrier a virtual thread is mounted on, from its {@code toString}. */
	static String carrier() {
		String description = Thread.currentThread().toString();
		int at = description.lastIndexOf('@');
		return (at >= 0) ? description.substring(at + 1) : "";
	}

	/** One task: blocks once, and keeps its line. */
	private record Task(String pin, int index, String[] lines) implements Runnable {

		@Override
		public void run() {
			Instant start = Instant.now();
			String onStart = carrier();
			try {
				block(this.pin);
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
			Instant end = Instant.now();
			this.lines[this.index] = fields(TASK, Integer.toString(this.index), Thread.currentThread().getName(),
					Long.toString(WorkerMain.epochNanos(start)), Long.toString(WorkerMain.epochNanos(end)), onStart,
					carrier());
		}

	}

	/** The pinned events, as the recording delivers them. */
	private static final class Collector implements Consumer<RecordedEvent> {

		private final List<RecordedEvent> events = Collections.synchronizedList(new ArrayList<RecordedEvent>());

		@Override
		public void accept(RecordedEvent event) {
			this.events.add(event);
		}

		List<RecordedEvent> events() {
			synchronized (this.events) {
				return new ArrayList<>(this.events);
			}
		}

	}

}
