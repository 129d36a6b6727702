package org.concurrency.lab.memorymodel;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.concurrency.lab.experiment.ChildJvm;
import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.LimitCheck;
import org.concurrency.lab.experiment.RunContext;
import org.concurrency.lab.experiment.TopicName;
import org.concurrency.lab.experiment.Variant;
import org.concurrency.lab.experiment.Violation;
import org.concurrency.lab.experiment.WorkerMain;

/**
 * The litmus tests, each run by {@link Litmus}'s harness in the lab's JVM or, with
 * {@code fork}, in a child JVM ({@link LitmusWorker}) with the flags asked for.
 */
@TopicName("memory-model")
enum MemoryModelVariant implements Variant<LitmusRequest, LitmusResult> {

	@Endpoint(label = "store-buffering",
			summary = "x = 1; r1 = y ‖ y = 1; r2 = x: (0, 0) with plain or release/acquire fields, never with volatile")
	STORE_BUFFERING(new StoreBuffering()),

	@Endpoint(label = "message-passing",
			summary = "data = 1; ready = 1 ‖ r1 = ready; r2 = data: the flag without the data, unless ready is volatile or release/acquire")
	MESSAGE_PASSING(new MessagePassing()),

	@Endpoint(label = "access-atomicity",
			summary = "v = -1L ‖ r = v: JLS 17.7 allows a torn plain long; 64-bit HotSpot does not produce one")
	ACCESS_ATOMICITY(new AccessAtomicity()),

	@Endpoint(label = "increment",
			summary = "counter++ ‖ counter++: 1 is the lost update; with an AtomicInteger (mode volatile) it never happens")
	INCREMENT(new Increment());

	/** How long a child JVM may take to exit once it has reported. */
	private static final Duration EXIT = Duration.ofSeconds(2);

	private final Litmus test;

	MemoryModelVariant(Litmus test) {
		this.test = test;
	}

	@Override
	public void check(LitmusRequest request, LimitCheck check) {
		if (!this.test.modes().contains(request.mode())) {
			List<String> modes = this.test.modes().stream().map(Mode::label).toList();
			check.add(new Violation("mode", request.mode().label(),
					"one of " + String.join(", ", modes) + " for " + this.test.name(), null));
		}
	}

	@Override
	public LitmusResult run(LitmusRequest request, RunContext context) throws Exception {
		long budget = Duration.ofMillis(request.budgetMs()).toNanos();
		Litmus.Tally tally = request.fork() ? forked(request, context)
				: this.test.run(request.mode(), budget, actors(context), new Litmus.Waits() {
					@Override
					public void checkStopped() {
						context.checkStopped();
					}

					@Override
					public void join(Thread thread) throws InterruptedException {
						context.join(thread);
					}
				});
		List<LitmusResult.Outcome> outcomes = new ArrayList<>();
		boolean forbiddenSeen = false;
		String[] names = this.test.outcomes();
		for (int i = 0; i < names.length; i++) {
			String expect = this.test.expect(i, request.mode());
			forbiddenSeen |= expect.equals(Litmus.FORBIDDEN) && tally.counts()[i] > 0;
			outcomes.add(new LitmusResult.Outcome(names[i], tally.counts()[i], expect,
					this.test.description(i, request.mode())));
		}
		return new LitmusResult(this.test.name(), request.mode().label(), jdk(), request.fork(), request.jvmFlags(),
				outcomes, tally.samples(), tally.samplesPerSecond(), forbiddenSeen);
	}

	/** The actors' threads, each one a task of the timeline. */
	private static ThreadFactory actors(RunContext context) {
		ThreadFactory platform = context.platformThreads("actor-");
		AtomicInteger made = new AtomicInteger();
		return (work) -> {
			int index = made.getAndIncrement();
			return platform.newThread(() -> {
				try {
					context.task(index, Executors.callable(work));
				}
				catch (RuntimeException ex) {
					throw ex;
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
		};
	}

	private Litmus.Tally forked(LitmusRequest request, RunContext context) throws Exception {
		ChildJvm child = context.processes()
			.start(request.jvmFlags(), LitmusWorker.class, this.test.name(), request.mode().label(),
					Integer.toString(request.budgetMs()));
		String line = child.readLine();
		if (line == null) {
			throw new IllegalStateException("child JVM " + child.pid() + " ended before reporting its tallies");
		}
		// tally <samples> <start epoch ns> <end epoch ns> <count>…
		String[] fields = line.split(" ");
		long start = Long.parseLong(fields[2]);
		long end = Long.parseLong(fields[3]);
		long[] counts = new long[fields.length - 4];
		for (int i = 0; i < counts.length; i++) {
			counts[i] = Long.parseLong(fields[i + 4]);
		}
		context.record(0, "actors", WorkerMain.instant(start), WorkerMain.instant(end));
		try {
			child.awaitExit(context.within(EXIT));
		}
		catch (UncheckedIOException ex) {
			// still running: the lab destroys it as the run ends, as it does every child
		}
		return new Litmus.Tally(counts, Long.parseLong(fields[1]), start, end);
	}

	private static String jdk() {
		return System.getProperty("java.vm.name") + " " + Runtime.version();
	}

	@Override
	public String note(LitmusRequest request, LitmusResult result) {
		List<String> parts = new ArrayList<>();
		for (LitmusResult.Outcome outcome : result.outcomes()) {
			if (outcome.expect().equals(Litmus.ACCEPTABLE)) {
				continue;
			}
			String what = (this == ACCESS_ATOMICITY) ? "a torn value" : "(" + outcome.outcome() + ")";
			if (outcome.expect().equals(Litmus.FORBIDDEN)) {
				parts.add((outcome.count() == 0) ? what + ", forbidden for " + result.mode() + ", was never seen"
						: format("%s, forbidden for %s, was seen %,d times: the harness or the JVM is broken", what,
								result.mode(), outcome.count()));
			}
			else if (outcome.count() > 0) {
				parts.add(format("%s, allowed for %s, was seen %,d times", what, result.mode(), outcome.count()));
			}
			else if (this == ACCESS_ATOMICITY) {
				parts.add("JLS 17.7 allows torn values for a plain long, and 64-bit HotSpot does not produce them: "
						+ "none was seen on this machine");
			}
			else {
				parts.add(what + ", allowed for " + result.mode() + ", was not seen on this machine in this run");
			}
		}
		return format("%,d samples (%,d a second), %s: %s.", result.samples(), result.samplesPerSecond(),
				result.forked() ? "in a child JVM " + result.jvmFlags() : "in the lab's JVM", String.join("; ", parts));
	}

	private static String format(String format, Object... args) {
		return String.format(Locale.ROOT, format, args);
	}

}
