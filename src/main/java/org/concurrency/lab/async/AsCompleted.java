package org.concurrency.lab.async;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;

/**
 * {@code asyncio.as_completed}: take each result as soon as its task ends, not in the
 * order the tasks were started. The tasks are started slowest first, so the two orders
 * differ every run. As-completed, each task's future, on completing, puts its result on a
 * queue the consumer takes from; in submission order (what {@code gather}'s list gives),
 * the consumer waits for the slowest task before it sees any result at all.
 */
@Endpoint(label = "as-completed",
		summary = "asyncio.as_completed: results in the order tasks end, not the order they started")
final class AsCompleted implements AsyncVariant<AsyncRequest, AsCompletedResult> {

	@Override
	public AsCompletedResult run(AsyncRequest request, RunContext context) throws Exception {
		int tasks = request.tasks();
		int kept = Math.min(tasks, context.limits().timelineEntries());
		try (EventLoop loop = new EventLoop(context, "event-loop");
				ExecutorService consumer = Executors.newThreadPerTaskExecutor(context.virtualThreads("in-order-"))) {
			long origin = System.nanoTime();
			BlockingQueue<Done> completed = new LinkedBlockingQueue<>();
			List<CompletableFuture<Done>> futures = loop.create(() -> {
				List<CompletableFuture<Done>> created = new ArrayList<>();
				for (int task = 0; task < tasks; task++) {
					int index = task;
					// the first is the slowest
					long wait = request.waitNanos(tasks - 1 - task);
					RunContext.TaskClock clock = context.begin(task);
					created.add(loop.sleepUntil(origin, wait).thenApply((ignored) -> {
						clock.end();
						Done done = new Done(index, wait, Millis.since(origin));
						completed.add(done); // on the loop, as each completes
						return done;
					}));
				}
				return created;
			}, context);
			// gather's order: join the futures one by one, in the order they were started
			Future<List<AsCompletedResult.Received>> inOrder = consumer.submit(() -> {
				List<AsCompletedResult.Received> received = new ArrayList<>();
				for (CompletableFuture<Done> future : futures.subList(0, kept)) {
					received.add(context.get(future).received(origin));
				}
				return received;
			});
			// as_completed: take each result as it comes
			List<AsCompletedResult.Received> asCompleted = new ArrayList<>();
			List<Integer> order = new ArrayList<>();
			for (int taken = 0; taken < tasks; taken++) {
				Done done = context.take(completed);
				if (taken < kept) {
					order.add(done.task());
					asCompleted.add(done.received(origin));
				}
			}
			List<AsCompletedResult.Received> submitted = context.get(inOrder);
			return new AsCompletedResult(order, asCompleted, submitted, asCompleted.getFirst().receivedMs(),
					submitted.getFirst().receivedMs());
		}
	}

	@Override
	public String note(AsyncRequest request, AsCompletedResult result) {
		return String.format(Locale.ROOT, """
				Started slowest first, the %d tasks completed in the order %s. As completed, the first result \
				was taken at %.0f ms; in submission order the first came at %.0f ms, when the slowest \
				task had ended.""", request.tasks(), abbreviate(result.completionOrder()), result.firstResultMs(),
				result.firstResultInSubmissionOrderMs());
	}

	private static String abbreviate(List<Integer> order) {
		return (order.size() <= 10) ? order.toString() : order.subList(0, 10).toString().replace("]", ", …]");
	}

	/** A task that completed: its index, its wait, and when it ended. */
	private record Done(int task, long waitNanos, double endMs) {

		AsCompletedResult.Received received(long origin) {
			return new AsCompletedResult.Received(this.task, Millis.of(this.waitNanos), this.endMs,
					Millis.since(origin));
		}

	}

}
