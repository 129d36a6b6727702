package org.concurrency.lab.memorymodel;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadFactory;

import org.concurrency.lab.experiment.WorkerCommand;
import org.concurrency.lab.experiment.WorkerMain;

/**
 * The child-JVM side of {@code memory-model/…} with {@code fork}:
 * {@code <test> <mode> <budget ms>}. Runs the same harness as the lab, on two threads of
 * its own, and prints one line:
 * {@code tally <samples> <start epoch ns> <end epoch ns> <count of each outcome>…}.
 */
public final class LitmusWorker implements WorkerCommand {

	@Override
	public void run(List<String> args, BufferedReader in, PrintStream out) throws InterruptedException {
		Litmus test = Litmus.named(args.get(0));
		Mode mode = Mode.of(args.get(1));
		long budget = Long.parseLong(args.get(2)) * 1_000_000L;
		long epoch = WorkerMain.epochNanos(Instant.now());
		long origin = System.nanoTime();
		Litmus.Tally tally = test.run(mode, budget, new Actors(), new Unbounded());
		StringBuilder line = new StringBuilder("tally ").append(tally.samples())
			.append(' ')
			.append(epoch + (tally.startNanos() - origin))
			.append(' ')
			.append(epoch + (tally.endNanos() - origin));
		for (long count : tally.counts()) {
			line.append(' ').append(count);
		}
		out.println(line);
	}

	/** The actors: this JVM's own threads, ended by the budget or with this JVM. */
	private static final class Actors implements ThreadFactory {

		private int made;

		@Override
		public Thread newThread(Runnable work) {
			Thread thread = new Thread(work, (this.made++ == 0) ? "actor-1" : "actor-2");
			thread.setDaemon(true);
			return thread;
		}

	}

	/** The lab bounds this JVM: it destroys it at the deadline. */
	private static final class Unbounded implements Litmus.Waits {

		@Override
		public void checkStopped() {
		}

		@Override
		public void join(Thread thread) throws InterruptedException {
			thread.join();
		}

	}

}
