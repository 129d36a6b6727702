package org.concurrency.lab.structured;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;

import org.concurrency.lab.experiment.RunContext;

/**
 * A scope with a timeout: one deadline for the whole call. What finished in time keeps
 * its result; the rest are cancelled when it passes, and {@code join()} throws.
 */
public final class ScopeTimeout implements StructuredLesson {

	@Override
	public StructuredResult run(StructuredRequest request, RunContext context) throws Exception {
		int tasks = request.tasks();
		Work work = new Work(context, 0, tasks);
		boolean timedOut;
		String outcome;
		double returned;
		try (var scope = StructuredTaskScope.open(Joiner.<Integer>awaitAll(),
				(config) -> config.withName("timeout")
					.withTimeout(Duration.ofMillis(request.timeoutMs()))
					.withThreadFactory(context.virtualThreads("subtask-")))) {
			for (int i = 0; i < tasks; i++) {
				int index = i;
				scope.fork(() -> work.run(index, request.workMs(index), -1));
			}
			try {
				scope.join();
				timedOut = false;
				outcome = "join() returned: all finished in time";
			}
			catch (StructuredTaskScope.TimeoutException ex) {
				// the scope cancelled what was still running
				timedOut = true;
				outcome = "join() threw TimeoutException";
			}
			returned = context.elapsedMs();
		}
		StructuredResult.Approach scope = new StructuredResult.Approach("structured-task-scope", outcome, null,
				returned, work.subtasks());
		return new StructuredResult(StructuredResult.runningJdk(), List.of(scope), null, null, timedOut, null);
	}

}
