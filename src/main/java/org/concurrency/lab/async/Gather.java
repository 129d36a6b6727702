package org.concurrency.lab.async;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
			CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new))
				.get(context.remaining().toNanos(), TimeUnit.NANOSECONDS);
			double totalMs = Millis.since(origin);

			long sum = 0;
			for (int task = 0; task < request.tasks(); task++) {
				sum += request.waitNanos(task);
			}
			double sumMs = Millis.of(sum);
			double slowestMs = Millis.of(request.waitNanos(request.tasks() - 1));
			String gathered = String.format(Locale.ROOT,
					"gather: %d tasks waiting up to %.0f ms each ended together in %.0f ms, about the slowest "
							+ "task's wait, not the %.0f ms their waits add up to",
					request.tasks(), slowestMs, totalMs, sumMs);

			// the seed's "await one after another": each wait starts when the last ended
			Double sequentialMs = null;
			if (sum < context.remaining().toNanos() / 2) {
				long sequentialStart = System.nanoTime();
				CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
				for (int task = 0; task < request.tasks(); task++) {
					long wait = request.waitNanos(task);
					chain = chain.thenCompose((ignored) -> loop.sleep(wait));
				}
				chain.get(context.remaining().toNanos(), TimeUnit.NANOSECONDS);
				sequentialMs = Millis.since(sequentialStart);
				context.note(String.format(Locale.ROOT,
						"%s; awaited one after another they took %.0f ms. One event-loop thread, no thread per "
								+ "waiting task.",
						gathered, sequentialMs));
			}
			else {
				context.note(gathered + "; one after another would outlast the deadline, so that was not run. "
						+ "One event-loop thread, no thread per waiting task.");
			}
			List<GatherResult.GatheredTask> kept = tasks.subList(0, shown)
				.stream()
				.map(CompletableFuture::join)
				.toList();
			return new GatherResult(kept.stream().map(GatherResult.GatheredTask::result).toList(), kept, totalMs,
					slowestMs, sumMs, sequentialMs);
		}
	}

}
