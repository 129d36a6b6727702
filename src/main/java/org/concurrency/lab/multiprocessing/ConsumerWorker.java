package org.concurrency.lab.multiprocessing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;

import org.concurrency.lab.experiment.WorkerCommand;
import org.concurrency.lab.experiment.WorkerMain;

/**
 * The consumer process of {@code multiprocessing/queue}: reads {@code item <id> <value>}
 * lines until {@code end} (the sentinel, as Python's {@code None} on a
 * {@code multiprocessing.Queue}) and answers what it got:
 * {@code consumed <count> <distinct ids> <duplicates> <out of order> <checksum> <start> <end>}.
 */
public final class ConsumerWorker implements WorkerCommand {

	@Override
	public void run(List<String> args, BufferedReader in, PrintStream out) throws IOException {
		BitSet seen = new BitSet();
		long start = 0;
		int count = 0;
		int duplicates = 0;
		int outOfOrder = 0;
		int previous = -1;
		long checksum = 0;
		String line;
		while ((line = in.readLine()) != null && !line.equals("end")) {
			if (count == 0) {
				start = WorkerMain.epochNanos(Instant.now());
			}
			int space = line.indexOf(' ', 5);
			int id = Integer.parseInt(line.substring(5, space)); // "item <id> <value>"
			long value = Long.parseLong(line.substring(space + 1));
			count++;
			if (seen.get(id)) {
				duplicates++;
			}
			seen.set(id);
			if (id != previous + 1) {
				outOfOrder++;
			}
			previous = id;
			checksum = ProducerWorker.checksum(checksum, value);
		}
		long end = WorkerMain.epochNanos(Instant.now());
		out.println(WorkerMain.line("consumed", count, seen.cardinality(), duplicates, outOfOrder, checksum,
				(start != 0) ? start : end, end));
	}

}
