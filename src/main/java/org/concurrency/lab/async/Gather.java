package org.concurrency.lab.async;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.concurrency.lab.experiment.Experiment;
import org.concurrency.lab.experiment.RunContext;

/**
 * {@code asyncio.gather}: start every task, then wait for all of them. Each task is a
 * timer on one event-loop thread that completes a future, so the waits overlap and the
 * whole takes as long as the slowest task, not the sum of the waits. The broken way, the
 * seed's "await one after another", chains the same waits with {@code thenCompose}: each
 * starts only when the one before has ended, and the total is the sum.
 */
final class Gather implements Experiment<AsyncRequest, GatherResult> {

	@Override
	public GatherResult run(AsyncRequest request, RunContext context) throws Exception {
		int kept = Math.min(request.tasks(), context.limits().timelineEntries());
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
			CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new))
				.get(context.remaining().toNanos(), TimeUnit.NANOSECONDS);
			double totalMs = Millis.since(origin);

			// the seed's "await one after another": each wait starts when the last ended
			long sequentialStart = System.nanoTime();
			CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
			for (int task = 0; task < request.tasks(); task++) {
				long wait = request.waitNanos(task);
				chain = chain.thenCompose((ignored) -> loop.sleep(wait));
			}
			chain.get(context.remaining().toNanos(), TimeUnit.NANOSECONDS);
			double sequentialMs = Millis.since(sequentialStart);

			List<GatherResult.GatheredTask> gathered = tasks.subList(0, kept)
				.stream()
				.map(CompletableFuture::join)
				.toList();
			long sum = 0;
			for (int task = 0; task < request.tasks(); task++) {
				sum += request.waitNanos(task);
			}
			double sumMs = Millis.of(sum);
			double slowestMs = Millis.of(request.waitNanos(request.tasks() - 1));
			context.note(String.format(java.util.Locale.ROOT,
					"gather: %d tasks waiting up to %.0f ms each ended together in %.0f ms, about the slowest "
							+ "task's wait, not the %.0f ms their waits add up to; awaited one after another they "
							+ "took %.0f ms. One event-loop thread, no thread per waiting task.",
					request.tasks(), slowestMs, totalMs, sumMs, sequentialMs));
			return new GatherResult(gathered.stream().map(GatherResult.GatheredTask::result).toList(), gathered,
					totalMs, slowestMs, sumMs, sequentialMs);
		}
	}

}
