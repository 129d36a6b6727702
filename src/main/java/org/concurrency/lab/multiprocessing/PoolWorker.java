package org.concurrency.lab.multiprocessing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

import org.concurrency.lab.experiment.WorkerCommand;
import org.concurrency.lab.experiment.WorkerMain;

/**
 * A worker process of {@code multiprocessing/pool}: computes each task it is sent,
 * {@code task <index>}, and answers
 * {@code result <index> <start epoch ns> <end epoch ns> <digest>}, until its input ends.
 * A pool sends it many tasks; the one-JVM-per-task side sends it one.
 */
public final class PoolWorker implements WorkerCommand {

	/** Steps of a task: about a millisecond of computing, small beside a JVM's start. */
	static final int STEPS = 200_000;

	@Override
	public void run(List<String> args, BufferedReader in, PrintStream out) throws IOException {
		String request;
		while ((request = in.readLine()) != null) {
			int index = Integer.parseInt(request.substring(5)); // "task <index>"
			long start = WorkerMain.epochNanos(Instant.now());
			long digest = digest(index);
			long end = WorkerMain.epochNanos(Instant.now());
			out.println(WorkerMain.line("result", index, start, end, digest));
		}
	}

	/** The task's work: a chain of xorshift steps, each needing the one before. */
	static long digest(int index) {
		long x = index + 0x9E3779B97F4A7C15L;
		for (int step = 0; step < STEPS; step++) {
			x ^= x << 13;
			x ^= x >>> 7;
			x ^= x << 17;
		}
		return x >>> 11;
	}

}
