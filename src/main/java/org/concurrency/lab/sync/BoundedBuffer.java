package org.concurrency.lab.sync;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.concurrency.lab.experiment.Experiment;
import org.concurrency.lab.experiment.RunContext;

/**
 * A bounded buffer between producers and consumers, on one lock and two conditions, as
 * {@code ArrayBlockingQueue} is built (Python's {@code threading.Condition}): a producer
 * that finds it full awaits {@code notFull}, a consumer that finds it empty awaits
 * {@code notEmpty}; each {@code await} lets go of the lock and sleeps until signalled,
 * and is wrapped in {@code while}, not {@code if}, because by the time the thread has the
 * lock back another may have taken the slot (or the wake-up was spurious). Without
 * conditions, the only way to wait is to look again and again: the busy-polling buffer is
 * just as correct, but burns a core for every thread that waits, and fights the others
 * for the lock while doing so.
 */
final class BoundedBuffer implements Experiment<ConditionRequest, ConditionResult> {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	@Override
	public ConditionResult run(ConditionRequest request, RunContext context) throws Exception {
		ConditionResult.Variant awaiting = share(new ConditionBuffer(request), 0, request, context);
		ConditionResult.Variant polling = share(new BusyBuffer(request),
				request.numProducers() + request.numConsumers(), request, context);
		context.note(request.items() + " items went through a buffer of " + request.capacity() + ", each taken once, "
				+ "both ways: producers waiting on a condition used " + awaiting.producerCpuMs() + " ms of CPU for "
				+ awaiting.fullWaits() + " waits on a full buffer; busy-polling producers used "
				+ polling.producerCpuMs() + " ms for " + polling.fullWaits() + " looks at it. Wall time: "
				+ Math.round(awaiting.durationMs()) + " ms with conditions, " + Math.round(polling.durationMs())
				+ " ms busy-polling.");
		return new ConditionResult(List.of(awaiting, polling));
	}

	private static ConditionResult.Variant share(Buffer buffer, int firstIndex, ConditionRequest request,
			RunContext context) throws Exception {
		AtomicIntegerArray taken = new AtomicIntegerArray(request.items());
		AtomicInteger produced = new AtomicInteger();
		AtomicLong producerCpu = new AtomicLong();
		AtomicLong consumerCpu = new AtomicLong();
		List<Future<?>> done = new ArrayList<>();
		long start = System.nanoTime();
		try (ExecutorService producers = Executors.newFixedThreadPool(request.numProducers(),
				context.platformThreads(buffer.label() + "-producer-"));
				ExecutorService consumers = Executors.newFixedThreadPool(request.numConsumers(),
						context.platformThreads(buffer.label() + "-consumer-"))) {
			for (int producer = 0; producer < request.numProducers(); producer++) {
				int first = producer;
				done.add(producers.submit(() -> context.task(firstIndex + first, () -> {
					for (int item = first; item < request.items(); item += request.numProducers()) {
						buffer.put(item, context);
						produced.incrementAndGet();
					}
					producerCpu.addAndGet(THREADS.getCurrentThreadCpuTime());
					return null;
				})));
			}
			for (int consumer = 0; consumer < request.numConsumers(); consumer++) {
				int index = firstIndex + request.numProducers() + consumer;
				done.add(consumers.submit(() -> context.task(index, () -> {
					int item;
					while ((item = buffer.take(context)) >= 0) {
						taken.incrementAndGet(item);
						// works on the item, the lock let go
						Thread.sleep(Duration.ofMillis(request.workMs()));
					}
					consumerCpu.addAndGet(THREADS.getCurrentThreadCpuTime());
					return null;
				})));
			}
			for (Future<?> thread : done) {
				thread.get(context.remaining().toNanos(), TimeUnit.NANOSECONDS);
			}
		}
		double durationMs = Elapsed.sinceMs(start, System.nanoTime());
		int consumed = 0;
		int missing = 0;
		int duplicated = 0;
		long idSum = 0;
		for (int item = 0; item < request.items(); item++) {
			int times = taken.get(item);
			consumed += times;
			missing += (times == 0) ? 1 : 0;
			duplicated += (times > 1) ? 1 : 0;
			idSum += (long) item * times;
		}
		return new ConditionResult.Variant(buffer.label(), produced.get(), consumed, missing, duplicated, idSum,
				buffer.maxOccupancy, buffer.fullWaits, buffer.emptyWaits, ms(producerCpu.get()), ms(consumerCpu.get()),
				durationMs);
	}

	private static double ms(long nanos) {
		return Math.round(nanos / 1e5) / 10.0;
	}

	/**
	 * Items in a bounded queue, guarded by one lock; counts are written under it and read
	 * once every thread has ended.
	 */
	private abstract static sealed class Buffer permits ConditionBuffer, BusyBuffer {

		final ReentrantLock lock = new ReentrantLock();

		final ArrayDeque<Integer> queue = new ArrayDeque<>();

		final int capacity;

		final int total;

		int taken;

		int maxOccupancy;

		long fullWaits;

		long emptyWaits;

		Buffer(ConditionRequest request) {
			this.capacity = request.capacity();
			this.total = request.items();
		}

		abstract String label();

		abstract void put(int item, RunContext context) throws Exception;

		/** The next item, or -1 once every item has been taken. */
		abstract int take(RunContext context) throws Exception;

		void lock(RunContext context) throws InterruptedException, TimeoutException {
			if (!this.lock.tryLock(context.remaining().toNanos(), TimeUnit.NANOSECONDS)) {
				throw new TimeoutException("the buffer's lock was never free");
			}
		}

		void add(int item) {
			this.queue.addLast(item);
			this.maxOccupancy = Math.max(this.maxOccupancy, this.queue.size());
		}

		int remove() {
			this.taken++;
			return this.queue.removeFirst();
		}

	}

	/** The primitive: wait on a condition, and be signalled. */
	private static final class ConditionBuffer extends Buffer {

		private final Condition notFull = this.lock.newCondition();

		private final Condition notEmpty = this.lock.newCondition();

		ConditionBuffer(ConditionRequest request) {
			super(request);
		}

		@Override
		String label() {
			return "condition";
		}

		@Override
		void put(int item, RunContext context) throws Exception {
			long nanos = context.remaining().toNanos();
			lock(context);
			try {
				while (this.queue.size() == this.capacity) { // while, not if
					this.fullWaits++;
					nanos = this.notFull.awaitNanos(nanos); // lets go of the lock, sleeps
					if (nanos <= 0) {
						throw new TimeoutException("the buffer stayed full");
					}
				}
				add(item);
				this.notEmpty.signal(); // a consumer may go on
			}
			finally {
				this.lock.unlock();
			}
		}

		@Override
		int take(RunContext context) throws Exception {
			long nanos = context.remaining().toNanos();
			lock(context);
			try {
				while (this.queue.isEmpty()) {
					if (this.taken == this.total) {
						return -1;
					}
					this.emptyWaits++;
					nanos = this.notEmpty.awaitNanos(nanos);
					if (nanos <= 0) {
						throw new TimeoutException("the buffer stayed empty");
					}
				}
				int item = remove();
				this.notFull.signal(); // a producer may go on
				if (this.taken == this.total) {
					// the end: every waiting consumer may leave
					this.notEmpty.signalAll();
				}
				return item;
			}
			finally {
				this.lock.unlock();
			}
		}

	}

	/** Without conditions: look, let go of the lock, look again at once. */
	private static final class BusyBuffer extends Buffer {

		BusyBuffer(ConditionRequest request) {
			super(request);
		}

		@Override
		String label() {
			return "busy-polling";
		}

		@Override
		void put(int item, RunContext context) throws Exception {
			while (true) {
				lock(context);
				try {
					if (this.queue.size() < this.capacity) {
						add(item);
						return;
					}
					this.fullWaits++; // full: look again, burning CPU meanwhile
				}
				finally {
					this.lock.unlock();
				}
				Thread.onSpinWait();
				context.checkStopped();
			}
		}

		@Override
		int take(RunContext context) throws Exception {
			while (true) {
				lock(context);
				try {
					if (!this.queue.isEmpty()) {
						return remove();
					}
					if (this.taken == this.total) {
						return -1;
					}
					this.emptyWaits++;
				}
				finally {
					this.lock.unlock();
				}
				Thread.onSpinWait();
				context.checkStopped();
			}
		}

	}

}
