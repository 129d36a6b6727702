package org.concurrency.lab.structured;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;

import org.concurrency.lab.experiment.RunContext;
import org.concurrency.lab.experiment.ThreadDump;

/**
 * {@code StructuredTaskScope.open()}: subtasks forked on virtual threads and joined as
 * one. Subtask 0 opens a scope of its own, so the JDK's thread dump, taken while they all
 * run, shows the tree: the scope a container owned by the run's main thread, the nested
 * scope within it, each holding its subtasks' threads.
 */
public final class AllSucceed implements StructuredLesson {

	@Override
	public StructuredResult run(StructuredRequest request, RunContext context) throws Exception {
		int tasks = request.tasks();
		Work work = new Work(context, 0, tasks + 2);
		CountDownLatch running = new CountDownLatch(tasks + 2);
		// the subtasks start their work once the dump is taken, so all of them are in it
		CountDownLatch dumped = new CountDownLatch(1);
		Gate gate = () -> {
			running.countDown();
			context.await(dumped);
		};
		List<ThreadDump.Container> dump;
		double returned;
		try (var scope = StructuredTaskScope.open(Joiner.<Integer>allSuccessfulOrThrow(),
				(config) -> config.withName("all-succeed").withThreadFactory(context.virtualThreads("subtask-")))) {
			scope.fork(() -> nested(request, context, work, gate));
			for (int i = 1; i < tasks; i++) {
				int index = i;
				scope.fork(() -> {
					gate.pass();
					return work.run(index, request.workMs(index), -1);
				});
			}
			context.await(running);
			// every subtask is running now
			dump = ThreadDump
				.take((name) -> name.startsWith("all-succeed/") || name.startsWith("nested/"), List.of())
				.containers();
			dumped.countDown();
			scope.join(); // all of them, or the first failure
			returned = context.elapsedMs();
		}
		List<StructuredResult.Container> tree = dump.stream()
			.filter((container) -> container.name().startsWith("all-succeed/")
					|| container.name().startsWith("nested/"))
			.map((container) -> new StructuredResult.Container(container.name(), container.parent(),
					container.owner(), container.threads().stream().map(ThreadDump.DumpedThread::name).toList()))
			.toList();
		StructuredResult.Approach scope = new StructuredResult.Approach("structured-task-scope",
				"join() returned every result", work.failedAtMs(), returned, work.subtasks());
		return new StructuredResult(StructuredResult.runningJdk(), List.of(scope), tree, null, null, null);
	}

	/** Where a subtask says it runs, and waits for the dump. */
	private interface Gate {

		void pass() throws InterruptedException;

	}

	/** Subtask 0: a scope of its own, nested in its parent's, with two subtasks. */
	private static Integer nested(StructuredRequest request, RunContext context, Work work, Gate gate)
			throws Exception {
		int tasks = request.tasks();
		try (var scope = StructuredTaskScope.open(Joiner.<Integer>allSuccessfulOrThrow(),
				(config) -> config.withName("nested").withThreadFactory(context.virtualThreads("nested-")))) {
			var first = scope.fork(() -> {
				gate.pass();
				return work.run(tasks, request.workMs(0), -1);
			});
			var second = scope.fork(() -> {
				gate.pass();
				return work.run(tasks + 1, request.workMs(0), -1);
			});
			gate.pass();
			int own = work.run(0, request.workMs(0), -1);
			scope.join();
			return own + first.get() + second.get();
		}
	}

}
