package org.concurrency.lab.multiprocessing;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

import org.concurrency.lab.experiment.WorkerCommand;
import org.concurrency.lab.experiment.WorkerMain;

/**
 * The child side of {@code multiprocessing/basic}: {@code <index> <delay ms> <exit code>}
 * sleeps for the delay (its small job), answers
 * {@code done <index> <start epoch ns> <end epoch ns>} and exits with the exit code.
 * Written without lambdas or string {@code +}, as {@link WorkerMain} explains.
 */
public final class BasicWorker implements WorkerCommand {

	@Override
	public void run(List<String> args, BufferedReader in, PrintStream out) throws InterruptedException {
		int index = Integer.parseInt(args.get(0));
		long delayMillis = Long.parseLong(args.get(1));
		int exitCode = Integer.parseInt(args.get(2));
		long start = WorkerMain.epochNanos(Instant.now());
		Thread.sleep(delayMillis);
		long end = WorkerMain.epochNanos(Instant.now());
		out.println(WorkerMain.line("done", index, start, end));
		out.flush();
		if (exitCode != 0) {
			// all a parent learns of a failed child: its exit code
			System.exit(exitCode);
		}
	}

}
