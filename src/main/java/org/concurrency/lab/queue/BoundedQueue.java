package org.concurrency.lab.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;

/**
 * The three ways to add to a full {@link ArrayBlockingQueue}, Python's
 * {@code Queue(maxsize=n)}: {@code put} waits for room ({@code q.put(item)}),
 * {@code offer} answers {@code false} at once ({@code put(block=False)} raising
 * {@code Full}), {@code offer} with a timeout waits, then gives up
 * ({@code put(timeout=5)}). A bounded queue is how a fast producer is slowed to its
 * consumer's pace instead of filling memory; the choice is what the producer does when it
 * cannot go on: wait, drop, or wait a while.
 * <p>
 * The slow consumer frees a slot only once the producers beyond capacity are seen parked
 * inside the queue (their thread state is {@code TIMED_WAITING}), so the waits shown are
 * certain, not likely. The lab's {@code put} is {@code offer} with the time left to the
 * run's deadline: a {@code put} that cannot wait for ever.
 */
@Endpoint(label = "bounded",
		summary = "A full ArrayBlockingQueue: put waits, offer is refused at once, offer with a timeout waits then succeeds or gives up")
final class BoundedQueue implements QueueVariant<BoundedQueueRequest, BoundedQueueResult> {

	@Override
	public BoundedQueueResult run(BoundedQueueRequest request, RunContext context) throws Exception {
		return new BoundedQueueResult(request.capacity(), put(request, context), offer(request, context),
				offerWithTimeout(request, context));
	}

	/** Each producer puts one item; a slow consumer frees one slot at a time. */
	private static BoundedQueueResult.PutRun put(BoundedQueueRequest request, RunContext context) throws Exception {
		int producers = request.numProducers();
		int admitted = Math.min(request.capacity(), producers);
		BlockingQueue<Integer> queue = new ArrayBlockingQueue<>(request.capacity());
		Callers callers = new Callers(producers);
		AtomicInteger done = new AtomicInteger();
		List<Future<Attempt>> attempts = new ArrayList<>();
		Set<Integer> blocked;
		try (ExecutorService putters = Executors.newFixedThreadPool(producers, context.platformThreads("putter-"));
				ExecutorService consumer = Executors
					.newSingleThreadExecutor(context.platformThreads("slow-consumer-"))) {
			for (int producer = 0; producer < producers; producer++) {
				int item = producer;
				attempts.add(putters.submit(() -> {
					RunContext.TaskClock clock = context.begin(item);
					long asked = System.nanoTime();
					callers.calling(item);
					context.offer(queue, item); // put: waits while full
					callers.returned(item);
					done.incrementAndGet();
					clock.end();
					return new Attempt(item, true, System.nanoTime() - asked);
				}));
			}
			Future<Set<Integer>> freed = consumer.submit(() -> {
				context.until(() -> done.get() == admitted && callers.parked().size() == producers - admitted);
				Set<Integer> parked = callers.parked();
				for (int slot = 0; slot < parked.size(); slot++) {
					Thread.sleep(request.consumerDelayMs());
					context.take(queue); // a slot: one producer goes in
				}
				return parked;
			});
			blocked = context.get(freed);
		}
		List<BoundedQueueResult.ProducerWait> waits = new ArrayList<>();
		for (Future<Attempt> attempt : attempts) {
			Attempt made = context.get(attempt);
			waits.add(made.wait(blocked.contains(made.producer())));
		}
		return new BoundedQueueResult.PutRun(producers, producers, 0, blocked.size(), request.consumerDelayMs(), waits);
	}

	/** Each producer offers one item; nobody takes. */
	private static BoundedQueueResult.OfferRun offer(BoundedQueueRequest request, RunContext context) throws Exception {
		BlockingQueue<Integer> queue = new ArrayBlockingQueue<>(request.capacity());
		List<Future<Attempt>> attempts = new ArrayList<>();
		try (ExecutorService offerers = Executors.newFixedThreadPool(request.numProducers(),
				context.platformThreads("offerer-"))) {
			for (int producer = 0; producer < request.numProducers(); producer++) {
				int item = producer;
				attempts.add(offerers.submit(() -> {
					RunContext.TaskClock clock = context.begin(request.numProducers() + item);
					long asked = System.nanoTime();
					boolean accepted = queue.offer(item); // full: false at once
					clock.end();
					return new Attempt(item, accepted, System.nanoTime() - asked);
				}));
			}
		}
		int accepted = 0;
		long longestRefusal = 0;
		for (Future<Attempt> attempt : attempts) {
			Attempt made = context.get(attempt);
			accepted += made.accepted() ? 1 : 0;
			longestRefusal = made.accepted() ? longestRefusal : Math.max(longestRefusal, made.nanos());
		}
		return new BoundedQueueResult.OfferRun(request.numProducers(), accepted, request.numProducers() - accepted,
				Math.round(longestRefusal / 100.0) / 10.0); // microseconds, to a tenth
	}

	/**
	 * Two producers offer, with a timeout, to a full queue; a quarter of the timeout
	 * after both are waiting, the consumer frees one slot.
	 */
	private static BoundedQueueResult.TimedOfferRun offerWithTimeout(BoundedQueueRequest request, RunContext context)
			throws Exception {
		int producers = 2;
		Duration timeout = Duration.ofMillis(request.offerTimeoutMs());
		int freeAfterMs = request.offerTimeoutMs() / 4;
		BlockingQueue<Integer> queue = new ArrayBlockingQueue<>(request.capacity());
		for (int item = 0; item < request.capacity(); item++) {
			queue.add(item);
		}
		Callers callers = new Callers(producers);
		AtomicInteger done = new AtomicInteger();
		List<Future<Attempt>> attempts = new ArrayList<>();
		try (ExecutorService late = Executors.newFixedThreadPool(producers, context.platformThreads("late-"));
				ExecutorService consumer = Executors.newSingleThreadExecutor(context.platformThreads("consumer-"))) {
			for (int producer = 0; producer < producers; producer++) {
				int item = producer;
				attempts.add(late.submit(() -> {
					RunContext.TaskClock clock = context.begin(2 * request.numProducers() + item);
					long asked = System.nanoTime();
					callers.calling(item);
					// waits for room, then gives up
					boolean accepted = queue.offer(item, context.within(timeout).toNanos(), TimeUnit.NANOSECONDS);
					callers.returned(item);
					done.incrementAndGet();
					clock.end();
					return new Attempt(item, accepted, System.nanoTime() - asked);
				}));
			}
			Future<?> freed = consumer.submit(() -> {
				context.until(() -> callers.parked().size() == producers || done.get() > 0);
				Thread.sleep(freeAfterMs);
				return queue.poll(); // frees one slot: the first waiting producer goes in
			});
			context.get(freed);
		}
		List<BoundedQueueResult.ProducerWait> waits = new ArrayList<>();
		int accepted = 0;
		for (Future<Attempt> attempt : attempts) {
			Attempt made = context.get(attempt);
			waits.add(made.wait(true));
			accepted += made.accepted() ? 1 : 0;
		}
		return new BoundedQueueResult.TimedOfferRun(producers, accepted, producers - accepted, request.offerTimeoutMs(),
				freeAfterMs, waits);
	}

	@Override
	public String note(BoundedQueueRequest request, BoundedQueueResult result) {
		BoundedQueueResult.PutRun put = result.put();
		BoundedQueueResult.OfferRun offer = result.offer();
		BoundedQueueResult.TimedOfferRun timed = result.offerWithTimeout();
		List<Long> waitedMs = put.producers()
			.stream()
			.filter(BoundedQueueResult.ProducerWait::blocked)
			.map((wait) -> Math.round(wait.waitedMs()))
			.sorted()
			.toList();
		String outcomes = timed.producers()
			.stream()
			.map((wait) -> (wait.accepted() ? "one went in after " : "one gave up after ") + Math.round(wait.waitedMs())
					+ " ms")
			.toList()
			.toString();
		return "A queue of " + result.capacity() + ": put admitted " + (put.attempted() - put.blocked())
				+ " producers at once and " + put.blocked() + " waited " + waitedMs
				+ " ms for the slow consumer (a slot " + "every " + put.consumerDelayMs() + " ms); offer refused "
				+ offer.refused() + " of " + offer.attempted() + " at once (slowest refusal " + offer.longestRefusalUs()
				+ " µs); offer with a " + timed.offerTimeoutMs()
				+ " ms timeout into the full queue, one slot freed after " + timed.slotFreedAfterMs() + " ms: "
				+ outcomes + ".";
	}

	/**
	 * Which producers are inside a call to the queue, and which of those are parked in
	 * it.
	 */
	private static final class Callers {

		private final AtomicReferenceArray<Thread> calling;

		Callers(int producers) {
			this.calling = new AtomicReferenceArray<>(producers);
		}

		void calling(int producer) {
			this.calling.set(producer, Thread.currentThread());
		}

		void returned(int producer) {
			this.calling.set(producer, null);
		}

		/**
		 * Producers inside the call and parked: a thread waiting in {@code offer} for
		 * room is {@code TIMED_WAITING}.
		 */
		Set<Integer> parked() {
			Set<Integer> parked = new HashSet<>();
			for (int producer = 0; producer < this.calling.length(); producer++) {
				Thread thread = this.calling.get(producer);
				if (thread != null && thread.getState() == Thread.State.TIMED_WAITING) {
					parked.add(producer);
				}
			}
			return parked;
		}

	}

	/** One producer's call, and how long it took. */
	private record Attempt(int producer, boolean accepted, long nanos, String thread) {

		Attempt(int producer, boolean accepted, long nanos) {
			this(producer, accepted, nanos, Thread.currentThread().getName());
		}

		BoundedQueueResult.ProducerWait wait(boolean blocked) {
			return new BoundedQueueResult.ProducerWait(this.thread, this.accepted, blocked, Millis.of(this.nanos));
		}

	}

}
