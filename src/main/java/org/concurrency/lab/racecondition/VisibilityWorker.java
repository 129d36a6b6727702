package org.concurrency.lab.racecondition;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

import org.concurrency.lab.experiment.WorkerCommand;
import org.concurrency.lab.experiment.WorkerMain;

/**
 * The child-JVM side of {@code race-conditions/visibility}:
 * {@code <write after ms> <timeout ms>}. For each flag, volatile first, a reader thread
 * spins until it sees the flag set; the writer (this command's thread) sets it after
 * {@code write after ms}, by when the JIT has compiled the spinning loop, and gives the
 * reader {@code timeout ms} to see it. One line per reader:
 * {@code reader <flag> <start epoch ns> <end epoch ns> <seen 1|0> <seen after ns> <spins>},
 * with -1 for what a reader that never saw the write cannot tell.
 * <p>
 * This runs in a child JVM because a reader spinning on a plain flag in a loop the JIT
 * has compiled reads the flag once and loops forever: no interrupt reaches it, and only
 * ending its JVM stops it. Its thread is a daemon, so this JVM exits as soon as the
 * command ends, and the lab destroys it if it does not. Written without lambdas or string
 * {@code +}, as {@link WorkerMain} explains.
 */
public final class VisibilityWorker implements WorkerCommand {

	static final long UNKNOWN = -1;

	@Override
	public void run(List<String> args, BufferedReader in, PrintStream out) throws InterruptedException {
		long writeAfterMs = Long.parseLong(args.get(0));
		long timeoutMs = Long.parseLong(args.get(1));
		watch(new VolatileReader(), writeAfterMs, timeoutMs, out);
		// last: it may spin until this JVM exits
		watch(new PlainReader(), writeAfterMs, timeoutMs, out);
	}

	private static void watch(Reader reader, long writeAfterMs, long timeoutMs, PrintStream out)
			throws InterruptedException {
		long startEpoch = WorkerMain.epochNanos(Instant.now());
		long start = System.nanoTime();
		reader.start();
		Thread.sleep(writeAfterMs); // the reader spins, and the JIT compiles its loop
		long written = System.nanoTime();
		reader.write();
		reader.join(timeoutMs);
		long seen = reader.seenNanos;
		long end = (seen != UNKNOWN) ? seen : System.nanoTime();
		out.println(new StringBuilder("reader ").append(reader.kind)
			.append(' ')
			.append(startEpoch)
			.append(' ')
			.append(startEpoch + (end - start))
			.append(' ')
			.append((seen != UNKNOWN) ? 1 : 0)
			.append(' ')
			.append((seen != UNKNOWN) ? seen - written : UNKNOWN)
			.append(' ')
			.append((seen != UNKNOWN) ? reader.spins : UNKNOWN));
	}

	/** A thread spinning until it sees its flag set, then saying when. */
	private abstract static class Reader extends Thread {

		final String kind;

		volatile long spins = UNKNOWN;

		volatile long seenNanos = UNKNOWN;

		Reader(String kind, String threadName) {
			super(threadName);
			this.kind = kind;
			setDaemon(true); // a reader spinning forever does not keep its JVM alive
		}

		@Override
		public final void run() {
			long counted = spin();
			long seen = System.nanoTime();
			this.spins = counted;
			this.seenNanos = seen; // last: whoever reads it sees spins too
		}

		/** Spins until the flag reads true. */
		abstract long spin();

		/** Sets the flag, from the writer's thread. */
		abstract void write();

	}

	/** Spins on a field that is not volatile. */
	private static final class PlainReader extends Reader {

		// plain: nothing orders the writer's store before the reader's loads
		private boolean flag;

		PlainReader() {
			super("plain", "plain-reader");
		}

		@Override
		long spin() {
			long spins = 0;
			while (!this.flag) { // compiled by C2: read once, before the loop
				spins++;
			}
			return spins;
		}

		@Override
		void write() {
			this.flag = true;
		}

	}

	/** Spins on a volatile field. */
	private static final class VolatileReader extends Reader {

		private volatile boolean flag; // every read sees the latest write

		VolatileReader() {
			super("volatile", "volatile-reader");
		}

		@Override
		long spin() {
			long spins = 0;
			while (!this.flag) { // read again on every spin
				spins++;
			}
			return spins;
		}

		@Override
		void write() {
			this.flag = true;
		}

	}

}
