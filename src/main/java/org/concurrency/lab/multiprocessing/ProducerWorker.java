package org.concurrency.lab.multiprocessing;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

import org.concurrency.lab.experiment.WorkerCommand;
import org.concurrency.lab.experiment.WorkerMain;

/**
 * The producer process of {@code multiprocessing/queue}: {@code <items>} writes
 * {@code item <id> <value>} for ids 0, 1, … in order, then
 * {@code produced <count> <checksum> <start epoch ns> <end epoch ns>}. The checksum
 * depends on every value and on their order, so a consumer that computes the same one
 * received every item, once, in order.
 */
public final class ProducerWorker implements WorkerCommand {

	@Override
	public void run(List<String> args, BufferedReader in, PrintStream out) {
		int items = Integer.parseInt(args.get(0));
		long start = WorkerMain.epochNanos(Instant.now());
		long checksum = 0;
		for (int id = 0; id < items; id++) {
			long value = valueOf(id);
			checksum = checksum(checksum, value);
			out.println(WorkerMain.line("item", id, value));
		}
		long end = WorkerMain.epochNanos(Instant.now());
		out.println(WorkerMain.line("produced", items, checksum, start, end));
	}

	/** The value of item {@code id}: a number the consumer cannot guess, only pass on. */
	static long valueOf(int id) {
		long x = (id + 1) * 0x9E3779B97F4A7C15L;
		return (x ^ (x >>> 29)) & 0xFFFFFFFL;
	}

	/** A checksum that changes if a value is missing, repeated or out of place. */
	static long checksum(long checksum, long value) {
		return checksum * 31 + value;
	}

}
