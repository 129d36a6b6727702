package org.concurrency.lab.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;
import org.jspecify.annotations.Nullable;

/**
 * Many readers, few writers, one shared value. A {@code ReentrantReadWriteLock} lets any
 * number of readers hold its read lock together, since reads do not disturb each other,
 * while its write lock excludes everyone: readers overlap, and the run takes about one
 * read plus the writes. One plain {@code ReentrantLock} for both protects the value just
 * as well but takes readers one at a time: the reads add up. Either way no reader ever
 * sees a write half done. The writers arrive once every reader has the lock, and wait for
 * them to leave.
 */
@Endpoint(label = "read-write-lock",
		summary = "Readers together under a ReentrantReadWriteLock, one at a time under a plain lock; writers alone either way")
final class ReadersWriters implements SyncVariant<ReadWriteLockRequest, ReadWriteLockResult> {

	@Override
	public ReadWriteLockResult run(ReadWriteLockRequest request, RunContext context) throws Exception {
		ReentrantReadWriteLock readWrite = new ReentrantReadWriteLock();
		ReadWriteLockResult.Variant shared = share("read-write-lock", readWrite.readLock(), readWrite.writeLock(), 0,
				request, context);
		ReentrantLock plain = new ReentrantLock();
		ReadWriteLockResult.Variant serial = share("plain-lock", plain, plain,
				request.numReaders() + request.numWriters(), request, context);
		return new ReadWriteLockResult(List.of(shared, serial));
	}

	@Override
	public String note(ReadWriteLockRequest request, ReadWriteLockResult result) {
		ReadWriteLockResult.Variant shared = result.variants().get(0);
		ReadWriteLockResult.Variant serial = result.variants().get(1);
		return request.numReaders() + " readers holding the lock " + request.readMs() + " ms each: a read-write "
				+ "lock let " + shared.maxConcurrentReaders() + " read at once and finished in "
				+ Math.round(shared.durationMs()) + " ms; a plain lock took them " + serial.maxConcurrentReaders()
				+ " at a time, in " + Math.round(serial.durationMs()) + " ms; writers had it alone both times ("
				+ (shared.readersDuringWrites() + serial.readersDuringWrites()) + " readers during writes).";
	}

	private static ReadWriteLockResult.Variant share(String label, Lock read, Lock write, int firstIndex,
			ReadWriteLockRequest request, RunContext context) throws Exception {
		Value value = new Value();
		Counts counts = new Counts();
		CountDownLatch ready = new CountDownLatch(request.numReaders());
		CountDownLatch entered = new CountDownLatch(request.numReaders());
		List<Future<?>> done = new ArrayList<>();
		long start = System.nanoTime();
		try (ExecutorService readers = Executors.newFixedThreadPool(request.numReaders(),
				context.platformThreads(label + "-reader-"));
				ExecutorService writers = Executors
					.newThreadPerTaskExecutor(context.platformThreads(label + "-writer-"))) {
			for (int reader = 0; reader < request.numReaders(); reader++) {
				int index = firstIndex + reader;
				done.add(readers.submit(() -> {
					ready.countDown();
					context.await(ready); // the readers come together
					return read(index, read, value, counts, entered, request, context);
				}));
			}
			for (int writer = 0; writer < request.numWriters(); writer++) {
				int index = firstIndex + request.numReaders() + writer;
				done.add(writers.submit(() -> {
					context.await(entered); // a writer comes along while readers read
					return write(index, write, value, counts, request, context);
				}));
			}
			for (Future<?> thread : done) {
				context.get(thread);
			}
		}
		return new ReadWriteLockResult.Variant(label, Millis.since(start), counts.maxReaders.get(),
				counts.overlaps.get(), counts.torn.get(), counts.reads.get(), counts.writes.get());
	}

	/** One read, in the timeline from the moment it has the lock. */
	private static @Nullable Void read(int index, Lock lock, Value value, Counts counts, CountDownLatch entered,
			ReadWriteLockRequest request, RunContext context) throws Exception {
		context.lock(lock);
		try {
			return context.task(index, () -> reading(value, counts, entered, request));
		}
		finally {
			lock.unlock();
		}
	}

	private static @Nullable Void reading(Value value, Counts counts, CountDownLatch entered,
			ReadWriteLockRequest request) throws InterruptedException {
		entered.countDown();
		counts.maxReaders.accumulateAndGet(counts.readers.incrementAndGet(), Math::max);
		if (counts.writers.get() > 0) {
			counts.overlaps.incrementAndGet();
		}
		long first = value.first; // read
		Thread.sleep(Duration.ofMillis(request.readMs())); // a read that takes time
		long second = value.second; // read
		if (first != second) {
			counts.torn.incrementAndGet();
		}
		counts.readers.decrementAndGet();
		counts.reads.incrementAndGet();
		return null;
	}

	/** One write, in the timeline from the moment it has the lock. */
	private static @Nullable Void write(int index, Lock lock, Value value, Counts counts, ReadWriteLockRequest request,
			RunContext context) throws Exception {
		context.lock(lock);
		try {
			return context.task(index, () -> writing(value, counts, request));
		}
		finally {
			lock.unlock();
		}
	}

	private static @Nullable Void writing(Value value, Counts counts, ReadWriteLockRequest request)
			throws InterruptedException {
		if (counts.writers.incrementAndGet() > 1 || counts.readers.get() > 0) {
			counts.overlaps.incrementAndGet();
		}
		long version = value.first + 1;
		value.first = version; // write: half done
		Thread.sleep(Duration.ofMillis(request.writeMs()));
		value.second = version; // write: done
		if (counts.readers.get() > 0) {
			counts.overlaps.incrementAndGet();
		}
		counts.writers.decrementAndGet();
		counts.writes.incrementAndGet();
		return null;
	}

	/** The shared value, written in two halves: equal halves mean a whole write. */
	private static final class Value {

		long first;

		long second;

	}

	/** Who holds the lock now, and what was seen. */
	private static final class Counts {

		final AtomicInteger readers = new AtomicInteger();

		final AtomicInteger writers = new AtomicInteger();

		final AtomicInteger maxReaders = new AtomicInteger();

		final AtomicInteger overlaps = new AtomicInteger();

		final AtomicInteger torn = new AtomicInteger();

		final AtomicInteger reads = new AtomicInteger();

		final AtomicInteger writes = new AtomicInteger();

	}

}
