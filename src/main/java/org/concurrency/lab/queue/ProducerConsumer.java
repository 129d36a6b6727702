package org.concurrency.lab.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;
import org.concurrency.lab.experiment.StartGate;

/**
 * Producers and consumers sharing a bounded queue, the seed's
 * {@code queue.Queue(maxsize=10)} as an {@link ArrayBlockingQueue}. The queue hands each
 * item to exactly one consumer, and a full queue makes producers wait: back-pressure, so
 * a fast producer cannot outrun slow consumers by more than {@code capacity} items.
 * <p>
 * What goes wrong is the ending. Consumers that quit once the queue has stayed empty for
 * a while (the seed's {@code q.get(timeout=1)} then {@code break}) cannot tell a finished
 * producer from a slow one: here each producer stalls halfway for longer than that
 * timeout, and everything it produces afterwards stays in the queue, lost. The fix is a
 * poison pill per consumer, put only after every producer has finished: the queue is
 * FIFO, so each pill comes after every item, and a consumer stops only when there is
 * nothing left for it.
 */
@Endpoint(label = "producer-consumer",
		summary = "Producers and consumers over a bounded queue, ended by poison pills; beside it, consumers that quit on an idle timeout and lose items")
final class ProducerConsumer implements QueueVariant<ProducerConsumerRequest, ProducerConsumerResult> {

	/**
	 * The end-of-stream marker. Python uses {@code None}; Java's queues refuse
	 * {@code null}, so the pill is one object, recognised by identity.
	 */
	static final Item POISON_PILL = new Item(-1);

	static final Duration IDLE_TIMEOUT = Duration.ofMillis(20);

	@Override
	public ProducerConsumerResult run(ProducerConsumerRequest request, RunContext context) throws Exception {
		int total = Math.toIntExact(request.totalItems());
		Ledger ledger = new Ledger(total);
		BlockingQueue<Item> queue = new ArrayBlockingQueue<>(request.capacity());
		QueueSampler sampler = new QueueSampler(queue);
		Map<String, Integer> perConsumer = new LinkedHashMap<>();
		long waitedNanos = 0;
		try (ExecutorService sampling = Executors.newSingleThreadExecutor(context.platformThreads("sampler-"));
				ExecutorService consumers = Executors.newFixedThreadPool(request.numConsumers(),
						context.platformThreads("consumer-"));
				ExecutorService producers = Executors.newFixedThreadPool(request.numProducers(),
						context.platformThreads("producer-"))) {
			Future<Void> sampled = sampling.submit(() -> sampler.run(context));
			try {
				List<Future<Tally>> tallies = new ArrayList<>();
				for (int consumer = 0; consumer < request.numConsumers(); consumer++) {
					tallies.add(consumers.submit(() -> consumeUntilPill(queue, ledger, request, context)));
				}
				List<Future<Long>> waits = new ArrayList<>();
				for (int producer = 0; producer < request.numProducers(); producer++) {
					int first = producer * request.items();
					waits.add(producers.submit(() -> produce(first, request.items(), queue, ledger, context)));
				}
				for (Future<Long> waited : waits) {
					waitedNanos += context.get(waited);
				}
				for (int consumer = 0; consumer < request.numConsumers(); consumer++) {
					// only now, after every producer: every item is ahead of it
					context.offer(queue, POISON_PILL);
				}
				for (Future<Tally> tally : tallies) {
					Tally counted = context.get(tally);
					perConsumer.put(counted.consumer(), counted.items());
				}
			}
			finally {
				sampler.stop();
			}
			context.get(sampled);
		}
		ProducerConsumerResult.IdleTimeoutRun broken = withIdleTimeout(request, total, context);
		return new ProducerConsumerResult(ledger.produced(), ledger.consumed(), ledger.lost(), ledger.duplicated(),
				perConsumer, request.numConsumers(), request.capacity(), sampler.maxSize(), Millis.of(waitedNanos),
				sampler.samples(), broken);
	}

	/**
	 * Puts items {@code first} to {@code first + items - 1}; returns the time spent
	 * putting.
	 */
	private static long produce(int first, int items, BlockingQueue<Item> queue, Ledger ledger, RunContext context)
			throws InterruptedException {
		long waited = 0;
		for (int id = first; id < first + items; id++) {
			long asked = System.nanoTime();
			context.offer(queue, new Item(id)); // waits while the queue is full
			waited += System.nanoTime() - asked;
			ledger.produced(id);
		}
		return waited;
	}

	private static Tally consumeUntilPill(BlockingQueue<Item> queue, Ledger ledger, ProducerConsumerRequest request,
			RunContext context) throws InterruptedException {
		int taken = 0;
		Item item;
		// FIFO: a consumer meets its pill only after every item
		while ((item = context.take(queue)) != POISON_PILL) {
			consume(item, 0, ledger, request, context);
			taken++;
		}
		return new Tally(Thread.currentThread().getName(), taken);
	}

	/** Works on one item; its timeline entry is task {@code offset + id}. */
	private static void consume(Item item, int offset, Ledger ledger, ProducerConsumerRequest request,
			RunContext context) throws InterruptedException {
		RunContext.TaskClock clock = context.begin(offset + item.id());
		ledger.consumed(item.id());
		Thread.sleep(request.workMs());
		clock.end();
	}

	/**
	 * The broken ending: consumers quit after {@link #IDLE_TIMEOUT} of an empty queue.
	 * Each producer puts half its items, then stalls (a slow upstream) until every
	 * consumer has given up, which makes the loss certain rather than likely; the queue
	 * is unbounded so the late items are accepted, and stay there.
	 */
	private static ProducerConsumerResult.IdleTimeoutRun withIdleTimeout(ProducerConsumerRequest request, int total,
			RunContext context) throws Exception {
		Ledger ledger = new Ledger(total);
		BlockingQueue<Item> queue = new LinkedBlockingQueue<>();
		StartGate start = context.startGate(request.numConsumers() + request.numProducers());
		CountDownLatch gaveUp = new CountDownLatch(request.numConsumers());
		try (ExecutorService consumers = Executors.newFixedThreadPool(request.numConsumers(),
				context.platformThreads("idle-consumer-"));
				ExecutorService producers = Executors.newFixedThreadPool(request.numProducers(),
						context.platformThreads("idle-producer-"))) {
			List<Future<?>> tasks = new ArrayList<>();
			for (int consumer = 0; consumer < request.numConsumers(); consumer++) {
				tasks.add(consumers.submit(() -> {
					start.arriveAndAwait();
					try {
						Item item;
						// an empty queue for IDLE_TIMEOUT is taken for the end: the
						// hazard
						while ((item = queue.poll(context.within(IDLE_TIMEOUT).toNanos(),
								TimeUnit.NANOSECONDS)) != null) {
							consume(item, total, ledger, request, context);
						}
					}
					finally {
						gaveUp.countDown(); // "the producers must be done"
					}
					return null;
				}));
			}
			for (int producer = 0; producer < request.numProducers(); producer++) {
				int first = producer * request.items();
				int half = request.items() / 2;
				tasks.add(producers.submit(() -> {
					start.arriveAndAwait();
					produce(first, half, queue, ledger, context);
					context.await(gaveUp); // the stall, past the timeout
					produce(first + half, request.items() - half, queue, ledger, context);
					return null;
				}));
			}
			start.open();
			for (Future<?> task : tasks) {
				context.get(task);
			}
		}
		return new ProducerConsumerResult.IdleTimeoutRun(ledger.produced(), ledger.consumed(), ledger.lost(),
				ledger.duplicated(), queue.size(), IDLE_TIMEOUT.toMillis());
	}

	@Override
	public String note(ProducerConsumerRequest request, ProducerConsumerResult result) {
		ProducerConsumerResult.IdleTimeoutRun broken = result.withIdleTimeout();
		return request.numProducers() + " producers put " + result.produced() + " items through a queue of "
				+ request.capacity() + " to " + request.numConsumers() + " consumers: " + result.consumed()
				+ " consumed, " + result.lost() + " lost, " + result.duplicated()
				+ " duplicated (checked by id), the queue never above " + result.maxSampledSize()
				+ " and the producers waited " + Math.round(result.producersWaitedMs()) + " ms for room; consumers "
				+ "that quit after " + broken.idleTimeoutMs() + " ms of an empty queue instead of a poison pill lost "
				+ broken.lost() + " of " + broken.produced() + " when the producers stalled halfway.";
	}

	/**
	 * One item.
	 *
	 * @param id unique across the run
	 */
	record Item(int id) {
	}

	/**
	 * What one consumer took.
	 *
	 * @param consumer its thread
	 * @param items items it took
	 */
	record Tally(String consumer, int items) {
	}

}
