package org.concurrency.lab.sync;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.Millis;
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
 * for the lock while doing so. The two buffers are {@link ConditionBuffer} and
 * {@link BusyBuffer}; this class shares each between the same producers and consumers.
 */
@Endpoint(label = "condition", summary = "A bounded buffer on a lock and two conditions, beside one that busy-polls")
final class BoundedBuffer implements SyncVariant<ConditionRequest, ConditionResult> {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	@Override
	public ConditionResult run(ConditionRequest request, RunContext context) throws Exception {
		ConditionResult.Variant awaiting = share(new ConditionBuffer(request), 0, request, context);
		ConditionResult.Variant polling = share(new BusyBuffer(request),
				request.numProducers() + request.numConsumers(), request, context);
		return new ConditionResult(List.of(awaiting, polling));
	}

	@Override
	public String note(ConditionRequest request, ConditionResult result) {
		ConditionResult.Variant awaiting = result.variants().get(0);
		ConditionResult.Variant polling = result.variants().get(1);
		return request.items() + " items went through a buffer of " + request.capacity() + ", each taken once, "
				+ "both ways: producers waiting on a condition used " + awaiting.producerCpuMs() + " ms of CPU for "
				+ awaiting.fullWaits() + " waits on a full buffer; busy-polling producers used "
				+ polling.producerCpuMs() + " ms for " + polling.fullWaits() + " looks at it. Wall time: "
				+ Math.round(awaiting.durationMs()) + " ms with conditions, " + Math.round(polling.durationMs())
				+ " ms busy-polling.";
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
				context.get(thread);
			}
		}
		double durationMs = Millis.since(start);
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
				buffer.maxOccupancy, buffer.fullWaits, buffer.emptyWaits, Millis.of(producerCpu.get()),
				Millis.of(consumerCpu.get()), durationMs);
	}

}
