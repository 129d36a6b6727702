package org.concurrency.lab.racecondition;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.ChildJvm;
import org.concurrency.lab.experiment.RunContext;
import org.concurrency.lab.experiment.WorkerMain;

/**
 * Visibility: a reader spinning on a plain {@code boolean} may never see another thread
 * set it. The Java Memory Model promises a thread sees another's write only when the
 * write happens-before the read, and nothing orders a plain write before a plain read in
 * another thread; so the JIT may read the field once, before the loop, and it does: the
 * compiled loop never looks at memory again. A {@code volatile} write happens-before
 * every later read of the same field, so a volatile reader sees it within microseconds.
 * Both readers run in a child JVM ({@link VisibilityWorker}): the plain one cannot be
 * interrupted, only ended with its process.
 */
@Endpoint(label = "visibility",
		summary = "A reader spinning on a plain flag never sees it set; on a volatile flag it does (in a child JVM)")
final class Visibility implements RaceConditionVariant<VisibilityRequest, VisibilityResult> {

	/** How long the child may take to exit once it has reported. */
	private static final Duration EXIT = Duration.ofSeconds(2);

	@Override
	public VisibilityResult run(VisibilityRequest request, RunContext context) throws Exception {
		ChildJvm child = context.processes()
			.start(VisibilityWorker.class, Integer.toString(request.writeAfterMs()),
					Integer.toString(request.timeoutMs()));
		VisibilityResult.Reading volatileFlag = read(child, 0, context);
		VisibilityResult.Reading plainFlag = read(child, 1, context);
		try {
			child.awaitExit(context.within(EXIT));
		}
		catch (UncheckedIOException ex) {
			// still running: the lab destroys it as the run ends, as it does every child
		}
		return new VisibilityResult(plainFlag, volatileFlag);
	}

	private static VisibilityResult.Reading read(ChildJvm child, int index, RunContext context) {
		String line = child.readLine();
		if (line == null) {
			throw new IllegalStateException("child JVM " + child.pid() + " ended before reporting its readers");
		}
		// reader <flag> <start> <end> <seen> <after ns> <spins>
		String[] fields = line.split(" ");
		String flag = fields[1];
		context.record(index, flag + "-reader", WorkerMain.instant(Long.parseLong(fields[2])),
				WorkerMain.instant(Long.parseLong(fields[3])));
		boolean seen = fields[4].equals("1");
		return new VisibilityResult.Reading(flag, seen, seen ? Math.round(Long.parseLong(fields[5]) / 1e3) / 1e3 : null,
				seen ? Long.parseLong(fields[6]) : null);
	}

	@Override
	public String note(VisibilityRequest request, VisibilityResult result) {
		VisibilityResult.Reading plain = result.plainFlag();
		VisibilityResult.Reading volatileFlag = result.volatileFlag();
		String volatileSaw = volatileFlag.seen()
				? format(
						"the volatile reader saw it after %.3f ms (%,d spins), because a volatile write "
								+ "happens-before every later read of the field",
						volatileFlag.seenAfterMs(), volatileFlag.spins())
				: format("the volatile reader did not see it within %d ms either: it was not given a core in time "
						+ "(the machine is busy)", request.timeoutMs());
		if (!plain.seen()) {
			return format(
					"The plain reader never saw the write within %d ms: the JIT hoisted the load out of the "
							+ "loop, which the JMM allows because nothing orders the write before those reads; %s.",
					request.timeoutMs(), volatileSaw);
		}
		return format("The plain reader saw the write this time, after %.3f ms: it came %d ms in, before the JIT "
				+ "had compiled the reader's loop (the interpreter reads memory on every spin). Nothing in the JMM "
				+ "promised it; write later (the default %d ms) and the plain reader never sees it; %s.",
				plain.seenAfterMs(), request.writeAfterMs(), VisibilityRequest.DEFAULT_WRITE_AFTER_MS, volatileSaw);
	}

	private static String format(String format, Object... args) {
		return String.format(Locale.ROOT, format, args);
	}

}
