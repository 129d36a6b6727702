package org.concurrency.lab.async;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;

/**
 * {@code asyncio.gather}: start every task, then wait for all of them. Each task is a
 * timer on one event-loop thread that completes a future, so the waits overlap and the
 * whole takes as long as the slowest task, not the sum of the waits. The broken way, the
 * seed's "await one after another", chains the same waits with {@code thenCompose}: each
 * starts only when the one before has ended, and the total is the sum.
 */
@Endpoint(label = "gather",
		summary = "asyncio.gather: tasks that wait overlap; the total is the slowest wait, not the sum")
final class Gather implements AsyncVariant<AsyncRequest, GatherResult> {

	@Override
	public GatherResult run(AsyncRequest request, RunContext context) throws Exception {
		int shown = Math.min(request.tasks(), context.limits().timelineEntries());
		try (EventLoop loop = new EventLoop(context, "event-loop")) {
			long origin = System.nanoTime();
			List<CompletableFuture<GatherResult.GatheredTask>> tasks = loop.create(() -> {
				List<CompletableFuture<GatherResult.GatheredTask>> created = new ArrayList<>();
				for (int task = 0; task < request.tasks(); task++) {
					int index = task;
					long wait = request.waitNanos(task);
					RunContext.TaskClock clock = context.begin(task);
					created.add(loop.sleepUntil(origin, wait).thenApply((ignored) -> {
						clock.end(); // on the loop
						return new GatherResult.GatheredTask(index, Millis.of(wait), "result " + index,
								Millis.since(origin));
					}));
				}
				return created;
			}, context);
			// gather: one future that completes when every task has
			context.get(CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)));
			double totalMs = Millis.since(origin);

			long sum = 0;
			for (int task = 0; task < request.tasks(); task++) {
				sum += request.waitNanos(task);
			}
			double sumMs = Millis.of(sum);
			double slowestMs = Millis.of(request.waitNanos(request.tasks() - 1));

			// the seed's "await one after another": each wait starts when the last ended
			Double sequentialMs = null;
			Duration twice = Duration.ofNanos(2 * sum);
			if (context.within(twice).equals(twice)) { // it fits in half the time left
				long sequentialStart = System.nanoTime();
				CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
				for (int task = 0; task < request.tasks(); task++) {
					long wait = request.waitNanos(task);
					chain = chain.thenCompose((ignored) -> loop.sleep(wait));
				}
				context.get(chain);
				sequentialMs = Millis.since(sequentialStart);
			}
			List<GatherResult.GatheredTask> kept = tasks.subList(0, shown)
				.stream()
				.map(CompletableFuture::join)
				.toList();
			return new GatherResult(kept.stream().map(GatherResult.GatheredTask::result).toList(), kept, totalMs,
					slowestMs, sumMs, sequentialMs);
		}
	}

	@Override
	public String note(AsyncRequest request, GatherResult result) {
		String gathered = String.format(Locale.ROOT, """
				gather: %d tasks waiting up to %.0f ms each ended together in %.0f ms, about the slowest \
				task's wait, not the %.0f ms their waits add up to""", request.tasks(), result.slowestDelayMs(),
				result.totalMs(), result.sumOfDelaysMs());
		if (result.sequentialMs() == null) {
			return gathered + "; one after another would outlast the deadline, so that was not run. "
					+ "One event-loop thread, no thread per waiting task.";
		}
		return String.format(Locale.ROOT, """
				%s; awaited one after another they took %.0f ms. One event-loop thread, no thread per \
				waiting task.""", gathered, result.sequentialMs());
	}

}
