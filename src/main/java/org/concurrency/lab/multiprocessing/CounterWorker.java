package org.concurrency.lab.multiprocessing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import org.concurrency.lab.experiment.WorkerCommand;
import org.concurrency.lab.experiment.WorkerMain;

/**
 * A process of {@code multiprocessing/shared-state}:
 * {@code <file> <increments> <unsafe|file-lock> <processes>} maps the file, says
 * {@code armed}, waits for {@code go}, then adds one to the counter in the file's first
 * four bytes {@code increments} times: a read and a write, with nothing between them
 * ({@code unsafe}) or under a {@link FileLock} on those bytes ({@code file-lock}). It
 * answers {@code done <start epoch ns> <end epoch ns>}.
 * <p>
 * The file is the memory the processes share, as Python's {@code multiprocessing.Value}
 * is: a write by one process is in the page every other process maps. Bytes 4 to 7 are a
 * gate: each process counts itself in, and waits until every process has, before it
 * starts and again every {@link #ROUND} increments, so their loops really overlap.
 */
public final class CounterWorker implements WorkerCommand {

	static final String UNSAFE = "unsafe";

	static final String FILE_LOCK = "file-lock";

	static final String ARMED = "armed";

	static final String GO = "go";

	/** The counter's bytes, and the count of processes past the gate. */
	static final int COUNTER = 0;

	static final int ARRIVED = 4;

	static final int SIZE = 8;

	/**
	 * Plain reads and writes of the mapped page, which the JIT may neither skip nor merge
	 * (opaque), and an atomic add for the gate.
	 */
	private static final VarHandle INT = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

	/** Increments between two passes of the gate. */
	static final int ROUND = 1000;

	private static final long GATE_NANOS = 10_000_000_000L;

	@Override
	public void run(List<String> args, BufferedReader in, PrintStream out) throws IOException {
		Path file = Path.of(args.get(0));
		int increments = Integer.parseInt(args.get(1));
		boolean locked = FILE_LOCK.equals(args.get(2));
		int processes = Integer.parseInt(args.get(3));
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
			MappedByteBuffer shared = channel.map(FileChannel.MapMode.READ_WRITE, 0, SIZE);
			out.println(ARMED);
			if (!GO.equals(in.readLine())) {
				return; // the lab gave up on this run
			}
			long start = WorkerMain.epochNanos(Instant.now());
			for (int i = 0; i < increments; i++) {
				if (i % ROUND == 0) {
					awaitEveryone(shared, processes, i / ROUND + 1);
				}
				if (locked) {
					// held by this process, not by this thread
					FileLock lock = channel.lock(COUNTER, 4, false);
					try {
						increment(shared);
					}
					finally {
						lock.release();
					}
				}
				else {
					increment(shared);
				}
			}
			long end = WorkerMain.epochNanos(Instant.now());
			out.println(WorkerMain.line("done", start, end));
		}
	}

	/**
	 * Adds one: a read, then a write. Between them the process offers its core to others,
	 * as the seed's {@code Counter} sleeps there, so the gap another process can write
	 * into is a scheduling slice wide, not a few nanoseconds, even on a busy machine.
	 */
	private static void increment(ByteBuffer shared) {
		int value = (int) INT.getOpaque(shared, COUNTER); // read
		Thread.yield(); // the gap: other processes may read and write here
		INT.setOpaque(shared, COUNTER, value + 1); // write: overwrites what they wrote
	}

	/**
	 * The gate, passed again every {@link #ROUND} increments: no process counts on before
	 * every one has reached the same round, so none can finish alone while another waits
	 * for a core (the way jcstress runs its actors in lock-step).
	 */
	private static void awaitEveryone(ByteBuffer shared, int processes, int round) {
		INT.getAndAdd(shared, ARRIVED, 1);
		long giveUp = System.nanoTime() + GATE_NANOS;
		while ((int) INT.getVolatile(shared, ARRIVED) < processes * round && System.nanoTime() < giveUp) {
			Thread.yield(); // a busy machine may not have run the others yet
		}
	}

}
