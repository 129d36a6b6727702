package org.concurrency.lab.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingDeque;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.RunContext;

/**
 * A {@link LinkedBlockingDeque} is both of Python's {@code queue.LifoQueue} and
 * {@code queue.Queue}: put at the head and take from the head, and it is a stack (last
 * in, first out); put at the tail and take from the head, and it is a queue (first in,
 * first out). The lesson is what a stack does to waiting work: the newest item is served
 * first, and under load the oldest wait longest. A producer thread puts every item before
 * a consumer thread takes any, so the orders shown are the structures', not the timing's.
 */
@Endpoint(label = "lifo",
		summary = "A LinkedBlockingDeque as a stack (last in, first out) beside a queue (first in, first out)")
final class LifoOrder implements QueueVariant<LifoRequest, LifoResult> {

	@Override
	public LifoResult run(LifoRequest request, RunContext context) throws Exception {
		List<Integer> put = new ArrayList<>();
		for (int item = 0; item < request.items(); item++) {
			put.add(item);
		}
		List<Integer> lifo = passThrough(put, true, 0, context);
		List<Integer> fifo = passThrough(put, false, put.size(), context);
		List<Integer> reversed = new ArrayList<>(put.reversed());
		return new LifoResult(put, lifo, fifo, lifo.equals(reversed), fifo.equals(put));
	}

	@Override
	public String note(LifoRequest request, LifoResult result) {
		List<Integer> lifo = result.lifoOrder();
		return "Items 0 to " + (result.putOrder().size() - 1) + " put in order: the deque used as a stack gave back "
				+ lifo.getFirst() + " first and " + lifo.getLast() + " last (reversed: " + result.lifoReversed()
				+ "); used as a queue it gave back " + result.fifoOrder().getFirst() + " first (in order: "
				+ result.fifoInOrder() + ").";
	}

	/**
	 * A producer puts every item at the head ({@code stack}) or the tail; then a consumer
	 * takes them all from the head.
	 */
	private static List<Integer> passThrough(List<Integer> items, boolean stack, int offset, RunContext context)
			throws Exception {
		LinkedBlockingDeque<Integer> deque = new LinkedBlockingDeque<>();
		CountDownLatch allIn = new CountDownLatch(1);
		try (ExecutorService producer = Executors.newSingleThreadExecutor(context.platformThreads("producer-"));
				ExecutorService consumer = Executors.newSingleThreadExecutor(context.platformThreads("consumer-"))) {
			Future<List<Integer>> out = consumer.submit(() -> {
				context.await(allIn);
				List<Integer> taken = new ArrayList<>();
				for (int i = 0; i < items.size(); i++) {
					RunContext.TaskClock clock = context.begin(offset + i);
					taken.add(context.take(deque)); // takeFirst: the head
					clock.end();
				}
				return taken;
			});
			Future<?> in = producer.submit(() -> {
				for (Integer item : items) {
					if (stack) {
						deque.addFirst(item); // push: on top of the last one
					}
					else {
						deque.addLast(item); // enqueue: behind the last one
					}
				}
				allIn.countDown();
			});
			context.get(in);
			return context.get(out);
		}
	}

}
