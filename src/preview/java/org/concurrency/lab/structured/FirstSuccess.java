package org.concurrency.lab.structured;

import java.util.List;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;

import org.concurrency.lab.experiment.RunContext;

/**
 * Replicas of one call race under {@code Joiner.anySuccessfulResultOrThrow()}: the first
 * to succeed gives the scope its result, and the scope cancels the others.
 */
public final class FirstSuccess implements StructuredLesson {

	@Override
	public StructuredResult run(StructuredRequest request, RunContext context) throws Exception {
		int tasks = request.tasks();
		Work work = new Work(context, 0, tasks);
		Integer value;
		double returned;
		try (var scope = StructuredTaskScope.open(Joiner.<Integer>anySuccessfulResultOrThrow(),
				(config) -> config.withName("first-success").withThreadFactory(context.virtualThreads("replica-")))) {
			for (int i = 0; i < tasks; i++) {
				int index = i;
				// the last replica is the fastest
				scope.fork(() -> work.run(index, request.workMs(tasks - 1 - index), -1));
			}
			value = scope.join(); // the first success; the scope cancels the rest
			returned = context.elapsedMs();
		}
		List<StructuredResult.Subtask> subtasks = work.subtasks();
		String winner = subtasks.stream()
			.filter((subtask) -> value.equals(subtask.value()))
			.map(StructuredResult.Subtask::name)
			.findFirst()
			.orElse("none");
		StructuredResult.Approach scope = new StructuredResult.Approach("structured-task-scope",
				"join() returned " + value, null, returned, subtasks);
		return new StructuredResult(StructuredResult.runningJdk(), List.of(scope), null, winner, null, null);
	}

}
