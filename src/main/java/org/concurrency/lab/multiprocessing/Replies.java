package org.concurrency.lab.multiprocessing;

import java.time.Duration;
import java.time.Instant;

import org.concurrency.lab.experiment.ChildJvm;
import org.concurrency.lab.experiment.RunContext;
import org.concurrency.lab.experiment.WorkerMain;
import org.jspecify.annotations.Nullable;

/** Reading a child's answers: one line, space-separated fields, the first its kind. */
final class Replies {

	private static final Duration PAST_DEADLINE = Duration.ofSeconds(1);

	private Replies() {
	}

	/**
	 * The fields of the child's next line, which must start with {@code kind}.
	 * @throws IllegalStateException if the child ended first (it failed, or the run was
	 * stopped and the child destroyed) or answered something else
	 */
	static String[] expect(ChildJvm child, String kind) {
		String line = child.readLine();
		if (line == null) {
			throw new IllegalStateException(child.name() + " ended before it answered '" + kind + "'");
		}
		String[] fields = line.split(" ");
		if (!fields[0].equals(kind)) {
			throw new IllegalStateException(child.name() + " answered '" + line + "' instead of '" + kind + "'");
		}
		return fields;
	}

	/** A time a child wrote, in nanoseconds since the epoch. */
	static Instant instant(String epochNanos) {
		return WorkerMain.instant(Long.parseLong(epochNanos));
	}

	/** Milliseconds, to a tenth. */
	static double ms(@Nullable Duration duration) {
		return (duration != null) ? Math.round(duration.toNanos() / 1e5) / 10.0 : 0.0;
	}

	static double ms(long nanos) {
		return Math.round(nanos / 1e5) / 10.0;
	}

	/**
	 * How long a wait of the run may last: a little past its deadline, so that a run out
	 * of time is ended by the engine (reported {@code timed_out}, its children destroyed,
	 * its threads interrupted) rather than by a wait of its own giving up at the same
	 * instant (which would report it as failed).
	 */
	static Duration patience(RunContext context) {
		return context.remaining().plus(PAST_DEADLINE);
	}

	/** Waits for the child to exit, which it must do with code 0. */
	static void awaitSuccess(ChildJvm child, RunContext context) throws InterruptedException {
		int exitCode = child.awaitExit(patience(context));
		if (exitCode != 0) {
			throw new IllegalStateException(child.name() + " exited with code " + exitCode);
		}
	}

}
