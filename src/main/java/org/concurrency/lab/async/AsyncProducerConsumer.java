package org.concurrency.lab.async;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.LimitCheck;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;
import org.concurrency.lab.experiment.Violation;

/**
 * The seed's asyncio producer-consumer: producers that sleep a random while before each
 * item and {@code await queue.put(item)}, consumers that {@code await queue.get()} and
 * work a random while on each, over {@code asyncio.Queue(maxsize=10)}; once every
 * producer is done, one {@code None} per consumer ends them. Here it runs twice with the
 * same delays, drawn from one seed: as coroutines on one loop thread over the loop's
 * {@link EventLoop.Queue}, whose put and get are futures the loop completes, and as a
 * virtual thread per producer and consumer over an {@link ArrayBlockingQueue}, whose put
 * and take block. Either way a full queue holds the producers back, nothing is lost, and
 * each producer's items are taken in the order it put them (the queue is FIFO, and a
 * producer puts one item after another); one side needs one thread, the other one per
 * task, and a blocked virtual thread costs about as little as a pending future.
 * <p>
 * It is longer than most variants because it runs the same producers and consumers twice,
 * side by side, on one loop thread and on virtual threads, with the checks (nothing lost,
 * each producer's order kept, the queue never over its capacity) written once for both.
 */
@Endpoint(label = "producer-consumer",
		summary = "The seed's asyncio producers and consumers over a bounded queue: coroutines on one loop thread beside virtual threads, nothing lost, in order")
final class AsyncProducerConsumer implements AsyncVariant<AsyncProducerConsumerRequest, AsyncProducerConsumerResult> {

	/** The end marker, Python's {@code None}: one object, recognised by identity. */
	private static final Item END = new Item(-1, -1);

	/** Both sides must end well before the deadline, at their longest delays. */
	@Override
	public void check(AsyncProducerConsumerRequest request, LimitCheck check) {
		double half = check.lab().deadline().toMillis() / 2000.0;
		if (2 * request.longestSideSeconds() > half) {
			check.add(new Violation("max_consume_delay", request.maxConsumeDelay(),
					"at most " + half + " s for both sides: 2 × (items × max_produce_delay + items × producers ÷ "
							+ "consumers × max_consume_delay)",
					"lab.limits.deadline"));
		}
	}

	@Override
	public AsyncProducerConsumerResult run(AsyncProducerConsumerRequest request, RunContext context) throws Exception {
		Plan plan = Plan.draw(request);
		Journal onLoop = new Journal(plan, 0, context);
		AsyncProducerConsumerResult.Side loop = onTheLoop(plan, onLoop, context);
		Journal onThreads = new Journal(plan, plan.total(), context);
		AsyncProducerConsumerResult.Side threads = onVirtualThreads(plan, onThreads, context);
		return new AsyncProducerConsumerResult(request.producers(), request.items(), request.consumers(),
				request.capacity(), request.seed(), loop, threads, onLoop.takeOrder().equals(onThreads.takeOrder()));
	}

	@Override
	public String note(AsyncProducerConsumerRequest request, AsyncProducerConsumerResult result) {
		AsyncProducerConsumerResult.Side loop = result.eventLoop();
		AsyncProducerConsumerResult.Side threads = result.virtualThreads();
		return String.format(Locale.ROOT, """
				%d producers × %d items, %d consumers, a queue of %d, the same delays (seed %d) on both sides. \
				On one loop thread (%s): %d produced, %d consumed, %s, %s, at most %d in the queue, \
				%d None ended the consumers, %.0f ms. On %d virtual threads over an ArrayBlockingQueue: \
				%d produced, %d consumed, %s, %s, at most %d in the queue, %.0f ms. %s""", request.producers(),
				request.items(), request.consumers(), request.capacity(), request.seed(),
				String.join(", ", loop.threads()), loop.produced(), loop.consumed(), lost(loop), order(loop),
				loop.maxQueueSize(), loop.sentinelsReceived(), loop.wallMs(), threads.threadsUsed(), threads.produced(),
				threads.consumed(), lost(threads), order(threads), threads.maxQueueSize(), threads.wallMs(),
				result.sameTakeOrder() ? "Both took the items in the same order."
						: "Each producer's order held on both; the interleaving differed where two items fell "
								+ "due within a moment of each other.");
	}

	private static String lost(AsyncProducerConsumerResult.Side side) {
		return side.nothingLost() ? "none lost or duplicated"
				: side.lost() + " lost and " + side.duplicated() + " duplicated";
	}

	private static String order(AsyncProducerConsumerResult.Side side) {
		return side.inOrderPerProducer() ? "every consumer took each producer's items in order"
				: "a consumer took a producer's items out of order";
	}

	/** Coroutines on one loop thread, over the loop's queue. */
	private static AsyncProducerConsumerResult.Side onTheLoop(Plan plan, Journal journal, RunContext context)
			throws Exception {
		long start = System.nanoTime();
		int maxSize;
		try (EventLoop loop = new EventLoop(context, "event-loop")) {
			maxSize = context.get(loop.submit(() -> {
				EventLoop.Queue<Item> queue = loop.queue(plan.capacity());
				List<CompletableFuture<Void>> producers = new ArrayList<>();
				for (int producer = 0; producer < plan.producers(); producer++) {
					producers.add(produce(loop, queue, producer, 0, plan, journal));
				}
				List<CompletableFuture<Void>> consumers = new ArrayList<>();
				for (int consumer = 0; consumer < plan.consumers(); consumer++) {
					consumers.add(consume(loop, queue, "consumer " + consumer, plan, journal));
				}
				// await asyncio.gather(*producer_tasks), then one None per consumer
				CompletableFuture<Void> ended = CompletableFuture.allOf(producers.toArray(CompletableFuture[]::new));
				for (int consumer = 0; consumer < plan.consumers(); consumer++) {
					ended = ended.thenCompose((ignored) -> queue.put(END));
				}
				return ended
					.thenCompose((ignored) -> CompletableFuture.allOf(consumers.toArray(CompletableFuture[]::new)))
					.thenApply((ignored) -> queue.maxSize());
			}));
		}
		return journal.side("coroutines on one loop thread over the loop's Queue(maxsize)", maxSize,
				Millis.since(start));
	}

	/** A producer's items from {@code index} on: sleep, put, and on to the next. */
	private static CompletableFuture<Void> produce(EventLoop loop, EventLoop.Queue<Item> queue, int producer, int index,
			Plan plan, Journal journal) {
		if (index == plan.items()) {
			return CompletableFuture.completedFuture(null);
		}
		Item item = new Item(producer, index);
		// await asyncio.sleep(random.uniform(0.1, 0.5)), then await queue.put(item)
		return loop.sleep(plan.produceNanos(item)).thenCompose((ignored) -> queue.put(item)).thenCompose((ignored) -> {
			journal.produced(item);
			return produce(loop, queue, producer, index + 1, plan, journal);
		});
	}

	/** A consumer: get, and unless it is the end, work on it and get the next. */
	private static CompletableFuture<Void> consume(EventLoop loop, EventLoop.Queue<Item> queue, String consumer,
			Plan plan, Journal journal) {
		return queue.get().thenCompose((item) -> {
			if (item == END) { // if item is None: break
				journal.ended();
				return CompletableFuture.completedFuture(null);
			}
			RunContext.TaskClock clock = journal.taken(item, consumer);
			return loop.sleep(plan.consumeNanos(item)).thenCompose((ignored) -> {
				clock.end(); // on the loop
				journal.consumed(item);
				return consume(loop, queue, consumer, plan, journal);
			});
		});
	}

	/** A virtual thread per producer and consumer, over a blocking queue. */
	private static AsyncProducerConsumerResult.Side onVirtualThreads(Plan plan, Journal journal, RunContext context)
			throws Exception {
		BlockingQueue<Item> queue = new ArrayBlockingQueue<>(plan.capacity());
		AtomicInteger maxSize = new AtomicInteger();
		long start = System.nanoTime();
		try (ExecutorService producers = Executors.newThreadPerTaskExecutor(context.virtualThreads("producer-"));
				ExecutorService consumers = Executors.newThreadPerTaskExecutor(context.virtualThreads("consumer-"))) {
			List<Future<?>> produced = new ArrayList<>();
			for (int producer = 0; producer < plan.producers(); producer++) {
				int number = producer;
				produced.add(producers.submit(() -> {
					for (int index = 0; index < plan.items(); index++) {
						Item item = new Item(number, index);
						Thread.sleep(Duration.ofNanos(plan.produceNanos(item)));
						context.offer(queue, item); // waits while the queue is full
						maxSize.accumulateAndGet(queue.size(), Math::max);
						journal.produced(item);
					}
					return null;
				}));
			}
			List<Future<?>> ended = new ArrayList<>();
			for (int consumer = 0; consumer < plan.consumers(); consumer++) {
				String name = "consumer " + consumer;
				ended.add(consumers.submit(() -> {
					Item item;
					while ((item = context.take(queue)) != END) {
						RunContext.TaskClock clock = journal.taken(item, name);
						Thread.sleep(Duration.ofNanos(plan.consumeNanos(item)));
						clock.end();
						journal.consumed(item);
					}
					journal.ended();
					return null;
				}));
			}
			for (Future<?> producer : produced) {
				context.get(producer);
			}
			for (int consumer = 0; consumer < plan.consumers(); consumer++) {
				context.offer(queue, END); // only now: every item is ahead of it
			}
			for (Future<?> consumer : ended) {
				context.get(consumer);
			}
		}
		return journal.side("a virtual thread per producer and consumer over an ArrayBlockingQueue", maxSize.get(),
				Millis.since(start));
	}

	/** An item: the seed's {@code f"Producer {id} - Item {i}"}. */
	private record Item(int producer, int index) {

		String label() {
			return "p" + this.producer + "-" + this.index;
		}

	}

	/** The delays, drawn once from the seed, item by item, for both sides. */
	private record Plan(int producers, int items, int consumers, int capacity, long[] produce, long[] consume) {

		static Plan draw(AsyncProducerConsumerRequest request) {
			Random random = new Random(request.seed());
			int total = request.total();
			long[] produce = new long[total];
			long[] consume = new long[total];
			for (int id = 0; id < total; id++) {
				produce[id] = uniform(random, request.minProduceDelay(), request.maxProduceDelay());
			}
			for (int id = 0; id < total; id++) {
				consume[id] = uniform(random, request.minConsumeDelay(), request.maxConsumeDelay());
			}
			return new Plan(request.producers(), request.items(), request.consumers(), request.capacity(), produce,
					consume);
		}

		/** {@code random.uniform(min, max)} seconds, in nanoseconds. */
		private static long uniform(Random random, double min, double max) {
			return AsyncParams.nanos(min + (max - min) * random.nextDouble());
		}

		int total() {
			return this.producers * this.items;
		}

		int id(Item item) {
			return item.producer() * this.items + item.index();
		}

		long produceNanos(Item item) {
			return this.produce[id(item)];
		}

		long consumeNanos(Item item) {
			return this.consume[id(item)];
		}

	}

	/**
	 * What one side did, item by item: thread-safe, for the virtual threads (on the loop
	 * one thread writes it).
	 */
	private static final class Journal {

		private final Plan plan;

		private final int offset;

		private final RunContext context;

		private final AtomicIntegerArray produced;

		private final AtomicIntegerArray consumed;

		private final List<Item> taken = Collections.synchronizedList(new ArrayList<>());

		private final Set<String> threads = new ConcurrentSkipListSet<>(
				Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));

		private final Map<String, AtomicInteger> perConsumer = new ConcurrentHashMap<>();

		/**
		 * Per consumer, the last item it took of each producer: only it touches its own.
		 */
		private final Map<String, int[]> lastTaken = new ConcurrentHashMap<>();

		private final AtomicInteger outOfOrder = new AtomicInteger();

		private final AtomicInteger ended = new AtomicInteger();

		/**
		 * @param plan the items and their delays
		 * @param offset the first item's timeline entry
		 * @param context the run
		 */
		Journal(Plan plan, int offset, RunContext context) {
			this.plan = plan;
			this.offset = offset;
			this.context = context;
			this.produced = new AtomicIntegerArray(plan.total());
			this.consumed = new AtomicIntegerArray(plan.total());
		}

		void produced(Item item) {
			this.threads.add(Thread.currentThread().getName());
			this.produced.incrementAndGet(this.plan.id(item));
		}

		/** A consumer took the item; its work on it is timed from now. */
		RunContext.TaskClock taken(Item item, String consumer) {
			this.threads.add(Thread.currentThread().getName());
			this.taken.add(item);
			this.perConsumer.computeIfAbsent(consumer, (name) -> new AtomicInteger()).incrementAndGet();
			int[] last = this.lastTaken.computeIfAbsent(consumer, (name) -> {
				int[] none = new int[this.plan.producers()];
				Arrays.fill(none, -1);
				return none;
			});
			if (item.index() <= last[item.producer()]) {
				this.outOfOrder.incrementAndGet(); // a FIFO queue never does this
			}
			last[item.producer()] = item.index();
			return this.context.begin(this.offset + this.plan.id(item));
		}

		void consumed(Item item) {
			this.consumed.incrementAndGet(this.plan.id(item));
		}

		void ended() {
			this.threads.add(Thread.currentThread().getName());
			this.ended.incrementAndGet();
		}

		List<String> takeOrder() {
			synchronized (this.taken) {
				return this.taken.stream().map(Item::label).toList();
			}
		}

		AsyncProducerConsumerResult.Side side(String how, int maxQueueSize, double wallMs) {
			int produced = 0;
			int consumed = 0;
			int lost = 0;
			int duplicated = 0;
			boolean exact = true;
			for (int id = 0; id < this.plan.total(); id++) {
				produced += this.produced.get(id);
				consumed += this.consumed.get(id);
				lost += (this.produced.get(id) > 0 && this.consumed.get(id) == 0) ? 1 : 0;
				duplicated += Math.max(0, this.consumed.get(id) - 1);
				// the multisets agree: every item produced once and consumed once
				exact &= this.produced.get(id) == 1 && this.consumed.get(id) == 1;
			}
			Map<String, Integer> perConsumer = new TreeMap<>();
			this.perConsumer.forEach((consumer, items) -> perConsumer.put(consumer, items.get()));
			List<String> order = takeOrder();
			return new AsyncProducerConsumerResult.Side(how, produced, consumed, lost, duplicated, exact,
					this.outOfOrder.get() == 0, this.ended.get(), maxQueueSize, this.threads.size(),
					List.copyOf(this.threads), perConsumer, wallMs,
					order.subList(0, Math.min(order.size(), this.context.limits().timelineEntries())));
		}

	}

}
