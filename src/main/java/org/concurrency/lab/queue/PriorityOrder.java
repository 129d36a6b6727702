package org.concurrency.lab.queue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.PriorityBlockingQueue;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.RunContext;

/**
 * A {@link PriorityBlockingQueue} serves the smallest priority first, as Python's
 * {@code queue.PriorityQueue} does. It is a binary heap, and a heap is not stable: among
 * equal priorities it gives no promise of arrival order, and for these items it breaks
 * it, every time (a heap is deterministic: the same puts give the same order). The fix is
 * the one Python's {@code heapq} documentation gives, an arrival number as a tie-breaker
 * ({@code (priority, count, item)}): ordered by priority, then by that number, equal
 * priorities come out first-come, first-served.
 * <p>
 * A producer thread puts every item before a consumer thread takes any: a consumer that
 * took while the producer put would see only what had arrived, and the order would depend
 * on timing.
 */
@Endpoint(label = "priority",
		summary = "A PriorityBlockingQueue: sorted by priority; ties in arrival order only with an arrival number as tie-breaker")
final class PriorityOrder implements QueueVariant<PriorityRequest, PriorityResult> {

	static final Comparator<PriorityItem> BY_PRIORITY = Comparator.comparingInt(PriorityItem::priority);

	static final Comparator<PriorityItem> BY_PRIORITY_THEN_ARRIVAL = BY_PRIORITY.thenComparingInt(PriorityItem::seq);

	@Override
	public PriorityResult run(PriorityRequest request, RunContext context) throws Exception {
		List<PriorityItem> arrival = new ArrayList<>();
		for (int seq = 0; seq < request.items(); seq++) {
			arrival.add(new PriorityItem(seq, 3 - seq % 3));
		}
		List<PriorityItem> taken = passThrough(new PriorityBlockingQueue<>(11, BY_PRIORITY_THEN_ARRIVAL), arrival, 0,
				context);
		List<PriorityItem> unstable = passThrough(new PriorityBlockingQueue<>(11, BY_PRIORITY), arrival, arrival.size(),
				context);
		boolean sorted = isSorted(taken) && isSorted(unstable);
		return new PriorityResult(arrival, taken, unstable, tieInversions(taken), tieInversions(unstable), sorted);
	}

	@Override
	public String note(PriorityRequest request, PriorityResult result) {
		return result.arrival().size() + " items with priorities 3, 2, 1, … came out sorted by priority from both "
				+ "queues; among equal priorities, the queue with an arrival number kept arrival order (0 pairs "
				+ "swapped), the one ordered by priority alone swapped " + result.withoutTiebreakTieInversions()
				+ " pairs: a heap is not stable.";
	}

	/**
	 * A producer puts every ticket, in arrival order; then a consumer takes them all.
	 */
	private static List<PriorityItem> passThrough(BlockingQueue<PriorityItem> queue, List<PriorityItem> arrival,
			int offset, RunContext context) throws Exception {
		CountDownLatch allIn = new CountDownLatch(1);
		try (ExecutorService producer = Executors.newSingleThreadExecutor(context.platformThreads("producer-"));
				ExecutorService consumer = Executors.newSingleThreadExecutor(context.platformThreads("consumer-"))) {
			Future<List<PriorityItem>> out = consumer.submit(() -> {
				context.await(allIn); // only once every ticket is in
				List<PriorityItem> taken = new ArrayList<>();
				for (int i = 0; i < arrival.size(); i++) {
					RunContext.TaskClock clock = context.begin(offset + i);
					taken.add(context.take(queue)); // the smallest priority first
					clock.end();
				}
				return taken;
			});
			Future<?> in = producer.submit(() -> {
				arrival.forEach(queue::add); // unbounded: add never waits
				allIn.countDown();
			});
			context.get(in);
			return context.get(out);
		}
	}

	private static boolean isSorted(List<PriorityItem> tickets) {
		for (int i = 1; i < tickets.size(); i++) {
			if (BY_PRIORITY.compare(tickets.get(i - 1), tickets.get(i)) > 0) {
				return false;
			}
		}
		return true;
	}

	/** Pairs of equal priority that came out in the reverse of their arrival order. */
	static int tieInversions(List<PriorityItem> order) {
		int inversions = 0;
		for (int i = 0; i < order.size(); i++) {
			for (int j = i + 1; j < order.size(); j++) {
				PriorityItem first = order.get(i);
				PriorityItem later = order.get(j);
				if (first.priority() == later.priority() && first.seq() > later.seq()) {
					inversions++;
				}
			}
		}
		return inversions;
	}

	/**
	 * One item.
	 *
	 * @param seq its arrival number
	 * @param priority its priority: 1 is served first
	 */
	record PriorityItem(int seq, int priority) {
	}

}
