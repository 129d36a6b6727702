package org.concurrency.lab.multiprocessing;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.ChildJvm;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;

/**
 * Python's {@code multiprocessing.Value} with and without its lock: a counter in memory
 * that several processes map, here a temporary file each child JVM maps with
 * {@code FileChannel.map}. A race needs no threads: processes reading, adding one and
 * writing the same bytes lose each other's increments exactly as threads do. Every child
 * maps the file, says it is armed and waits for {@code go}; the lab tells them all, and
 * they pass a gate in the file together, at the start and every
 * {@value CounterWorker#ROUND} increments, so their loops overlap even on a busy machine.
 * <p>
 * Unsafe, the read and the write of one process straddle another's (each process yields
 * its core between the two, as the seed's counter sleeps there), and its write overwrites
 * the increments made meanwhile. Guarded, each increment holds a
 * {@link java.nio.channels.FileLock} on the counter's bytes: the operating system lets
 * one process hold it at a time, so the count is exact. A file lock belongs to the whole
 * JVM, not to a thread: it keeps other processes out, but two threads of one JVM are not
 * excluded by it (the second would get an {@code OverlappingFileLockException}); threads
 * need a Java lock.
 */
@Endpoint(label = "shared-state",
		summary = "A counter in a memory-mapped file shared by child JVMs: unsafe against a FileLock")
final class SharedCounter implements MultiprocessingVariant<SharedStateRequest, SharedStateResult> {

	@Override
	public SharedStateResult run(SharedStateRequest request, RunContext context) throws Exception {
		SharedStateResult.Counter unsafe = count(CounterWorker.UNSAFE, 0, request, context);
		SharedStateResult.Counter locked = count(CounterWorker.FILE_LOCK, request.numProcesses(), request, context);
		return new SharedStateResult(unsafe, locked);
	}

	@Override
	public String note(SharedStateRequest request, SharedStateResult result) {
		SharedStateResult.Counter unsafe = result.unsafe();
		SharedStateResult.Counter locked = result.fileLock();
		long percent = Math.round(100.0 * unsafe.lostIncrements() / unsafe.expected());
		return request.numProcesses() + " child JVMs each added 1 to a counter in a memory-mapped file "
				+ request.increments() + " times, released together and kept in step by a gate every "
				+ CounterWorker.ROUND + " increments: unsafe (read, then write) the counter ended at " + unsafe.actual()
				+ " of " + unsafe.expected() + ", " + unsafe.lostIncrements() + " increments (" + percent
				+ "%) overwritten by another process; under a FileLock it ended at " + locked.actual() + " of "
				+ locked.expected() + ", in " + locked.durationMs() + " ms against " + unsafe.durationMs()
				+ " ms. A FileLock is held by a whole process (advisory, JVM-wide), not by a thread: "
				+ "threads of one JVM still need a Java lock.";
	}

	private static SharedStateResult.Counter count(String mode, int firstEntry, SharedStateRequest request,
			RunContext context) throws Exception {
		Path file = Files.createTempFile("concurrency-lab-counter-", ".bin");
		try {
			Files.write(file, new byte[CounterWorker.SIZE]);
			List<ChildJvm> children = new ArrayList<>();
			for (int i = 0; i < request.numProcesses(); i++) {
				context.checkStopped(); // a stopped run starts no more children
				children.add(context.processes()
					.start(CounterWorker.class, file.toString(), Integer.toString(request.increments()), mode,
							Integer.toString(request.numProcesses())));
			}
			for (ChildJvm child : children) {
				Replies.expect(child, CounterWorker.ARMED); // mapped, waiting for go
			}
			long go = System.nanoTime();
			for (ChildJvm child : children) {
				child.send(CounterWorker.GO);
			}
			for (int i = 0; i < children.size(); i++) {
				ChildJvm child = children.get(i);
				String[] done = Replies.expect(child, "done"); // done <start> <end>
				context.record(firstEntry + i, child.name() + " " + mode, Replies.instant(done[1]),
						Replies.instant(done[2]));
				child.closeInput();
				Replies.awaitSuccess(child, context);
			}
			long nanos = System.nanoTime() - go;
			long expected = (long) request.numProcesses() * request.increments();
			long actual = ByteBuffer.wrap(Files.readAllBytes(file)).getInt(CounterWorker.COUNTER);
			return new SharedStateResult.Counter(request.numProcesses(), expected, actual, expected - actual,
					Millis.of(nanos));
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
