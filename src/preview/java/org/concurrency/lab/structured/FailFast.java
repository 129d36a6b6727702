package org.concurrency.lab.structured;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;

import org.concurrency.lab.experiment.RunContext;

/**
 * One subtask fails. Under the scope its siblings are interrupted at once and the caller
 * has the failure; with an {@code ExecutorService} the caller has it too, but the siblings
 * run on to the end; with {@code CompletableFuture.allOf} the caller does not even hear
 * of it until every sibling has finished.
 */
public final class FailFast implements StructuredLesson {

	@Override
	public StructuredResult run(StructuredRequest request, RunContext context) throws Exception {
		int tasks = request.tasks();
		List<StructuredResult.Approach> approaches = new ArrayList<>();

		Work scoped = new Work(context, 0, tasks);
		String outcome;
		double returned;
		try (var scope = StructuredTaskScope.open(Joiner.<Integer>awaitAllSuccessfulOrThrow(),
				(config) -> config.withName("fail-fast").withThreadFactory(context.virtualThreads("scope-")))) {
			for (int i = 0; i < tasks; i++) {
				int index = i;
				scope.fork(() -> scoped.run(index, request.delayMs(), (index == 0) ? request.failAfterMs() : -1));
			}
			try {
				scope.join();
				outcome = "join() returned";
			}
			catch (StructuredTaskScope.FailedException ex) {
				// the scope cancelled the siblings the moment subtask 0 failed
				outcome = "join() threw FailedException";
			}
			returned = context.elapsedMs();
		}
		approaches.add(new StructuredResult.Approach("structured-task-scope", outcome, scoped.failedAtMs(), returned,
				scoped.subtasks()));

		Work pooled = new Work(context, tasks, tasks);
		try (ExecutorService executor = Executors.newThreadPerTaskExecutor(context.virtualThreads("executor-"))) {
			List<Future<Integer>> futures = new ArrayList<>();
			for (int i = 0; i < tasks; i++) {
				int index = i;
				futures.add(executor
					.submit(() -> pooled.run(index, request.delayMs(), (index == 0) ? request.failAfterMs() : -1)));
			}
			try {
				for (Future<Integer> future : futures) {
					context.get(future);
				}
				outcome = "get() returned";
			}
			catch (IllegalStateException ex) {
				// the caller knows, and returns; nothing tells the siblings
				outcome = "get() threw the failure";
			}
			returned = context.elapsedMs();
		} // close() waits: the siblings run to their end
		approaches.add(new StructuredResult.Approach("executor-service", outcome, pooled.failedAtMs(), returned,
				pooled.subtasks()));

		Work composed = new Work(context, 2 * tasks, tasks);
		try (ExecutorService executor = Executors.newThreadPerTaskExecutor(context.virtualThreads("future-"))) {
			List<CompletableFuture<Integer>> futures = new ArrayList<>();
			for (int i = 0; i < tasks; i++) {
				int index = i;
				futures.add(CompletableFuture.supplyAsync(() -> {
					try {
						return composed.run(index, request.delayMs(), (index == 0) ? request.failAfterMs() : -1);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						throw new CompletionException(ex);
					}
				}, executor));
			}
			try {
				context.get(CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)));
				outcome = "allOf completed";
			}
			catch (IllegalStateException | CompletionException ex) {
				// allOf completes only when every future has: the failure waits for them all
				outcome = "allOf completed exceptionally, after every sibling";
			}
			returned = context.elapsedMs();
		}
		approaches.add(new StructuredResult.Approach("completable-future-all-of", outcome, composed.failedAtMs(),
				returned, composed.subtasks()));
		return new StructuredResult(StructuredResult.runningJdk(), approaches, null, null, null, null);
	}

}
