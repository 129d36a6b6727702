package org.concurrency.lab.cpubound;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

import org.concurrency.lab.experiment.WorkerCommand;
import org.concurrency.lab.experiment.WorkerMain;

/**
 * The child-JVM side of {@code cpu-bound/multiprocessing}: {@code <work> <task>…}
 * computes each task's digest and answers one line per task:
 * {@code task <index> <start epoch ns> <end epoch ns> <digest>}. Written without lambdas
 * or string {@code +}, as {@link WorkerMain} explains.
 */
public final class HashChainWorker implements WorkerCommand {

	private static final Runnable NEVER_STOPPED = new Runnable() {
		@Override
		public void run() {
			// a child JVM is stopped by being destroyed, not asked
		}
	};

	@Override
	public void run(List<String> args, BufferedReader in, PrintStream out) {
		long work = Long.parseLong(args.get(0));
		for (String task : args.subList(1, args.size())) {
			int index = Integer.parseInt(task);
			long start = WorkerMain.epochNanos(Instant.now());
			long digest = HashChain.digest(index, work, NEVER_STOPPED);
			long end = WorkerMain.epochNanos(Instant.now());
			out.println(WorkerMain.line("task", index, start, end, digest));
		}
	}

}
