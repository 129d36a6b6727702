package org.concurrency.lab.multiprocessing;

import java.time.Duration;
import java.time.Instant;

import org.concurrency.lab.experiment.ChildJvm;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;
import org.concurrency.lab.experiment.WorkerMain;

/** Reading a child's answers: one line, space-separated fields, the first its kind. */
final class Replies {

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

	/** The child's start-up in milliseconds, to a tenth; 0 if it never said. */
	static double startupMs(ChildJvm child) {
		Duration startup = child.startup();
		return (startup != null) ? Millis.of(startup.toNanos()) : 0.0;
	}

	/**
	 * Waits, until the run's deadline, for the child to exit, which it must do with code
	 * 0.
	 */
	static void awaitSuccess(ChildJvm child, RunContext context) throws InterruptedException {
		int exitCode = context.awaitExit(child);
		if (exitCode != 0) {
			throw new IllegalStateException(child.name() + " exited with code " + exitCode);
		}
	}

}
