package org.concurrency.lab.async;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledFuture;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;
import org.jspecify.annotations.Nullable;

/**
 * Tasks of which some fail, gathered two ways. Collected, as
 * {@code gather(return_exceptions=True)}: {@code handle} turns each outcome, result or
 * error, into a value, so every task is reported and one failure costs nothing else.
 * Fail-fast, as a {@code TaskGroup}: the first failure completes the whole exceptionally
 * and the tasks still pending are cancelled, their timers removed so their work never
 * runs. Note that {@code CompletableFuture.allOf} alone is neither: it waits for every
 * task, failed or not, and then fails with one of the errors.
 */
@Endpoint(label = "exceptions",
		summary = "Failing tasks: every outcome collected (return_exceptions) vs fail-fast cancelling the rest")
final class Exceptions implements AsyncVariant<ExceptionsRequest, ExceptionsResult> {

	@Override
	public ExceptionsResult run(ExceptionsRequest request, RunContext context) throws Exception {
		Set<Integer> failing = Set.copyOf(request.failing());
		int tasks = request.tasks();
		try (EventLoop loop = new EventLoop(context, "event-loop")) {
			long origin = System.nanoTime();
			List<LoopTask> collected = new ArrayList<>();
			List<LoopTask> failFast = new ArrayList<>();
			for (int task = 0; task < tasks; task++) {
				collected.add(new LoopTask(task, task, request.waitNanos(task), failing.contains(task)));
				failFast.add(new LoopTask(task, tasks + task, request.waitNanos(task), failing.contains(task)));
			}

			// fail-fast: the first error completes the whole, which cancels the rest
			CompletableFuture<Void> whole = new CompletableFuture<>();
			for (LoopTask task : failFast) {
				task.future.whenComplete((value, error) -> {
					if (error != null) {
						whole.completeExceptionally(error);
					}
				});
			}
			CompletableFuture.allOf(failFast.stream().map(LoopTask::future).toArray(CompletableFuture[]::new))
				.thenRun(() -> whole.complete(null));
			double[] failedAt = { -1 };
			// on the loop, where the failure happened
			whole.whenComplete((value, error) -> {
				if (error != null) {
					failedAt[0] = Millis.since(origin);
					failFast.stream().filter((task) -> !task.future.isDone()).forEach(LoopTask::cancel);
				}
			});

			loop.create(() -> { // on the loop: no timer fires before all are set
				for (int task = 0; task < tasks; task++) {
					collected.get(task).start(loop, origin, context);
					failFast.get(task).start(loop, origin, context);
				}
				return tasks;
			}, context);

			// collected: every outcome becomes a value; nothing is thrown
			context.get(CompletableFuture.allOf(collected.stream()
				.map((task) -> task.future.handle((value, error) -> value))
				.toArray(CompletableFuture[]::new)));
			double collectedMs = Millis.since(origin);
			String firstError = context
				.get(whole.handle((value, error) -> (error != null) ? error.getMessage() : null));
			// every timer due by now has run unless cancelled: the loop keeps order
			context.get(loop.sleepUntil(origin, request.waitNanos(tasks - 1)));

			int kept = Math.min(tasks, context.limits().timelineEntries() / 2);
			ExceptionsResult.ExceptionsRun all = report("collected: handle() turns each error into a value",
					collectedMs, null, collected, kept);
			ExceptionsResult.ExceptionsRun fast = report(
					"fail-fast: the first error fails the whole and cancels the tasks still pending", failedAt[0],
					firstError, failFast, kept);
			return new ExceptionsResult(request.failing(), all, fast);
		}
	}

	@Override
	public String note(ExceptionsRequest request, ExceptionsResult result) {
		ExceptionsResult.ExceptionsRun all = result.collected();
		ExceptionsResult.ExceptionsRun fast = result.failFast();
		return String.format(Locale.ROOT, """
				Collected: all %d tasks reported at %.0f ms, results from %s, errors from %s. Fail-fast: '%s' failed \
				the whole at %.0f ms, when tasks %s had returned; tasks %s, still pending, were \
				cancelled and their work never ran.""", request.tasks(), all.endedMs(), all.succeeded(), all.failed(),
				fast.error(), fast.endedMs(), fast.succeeded(), fast.cancelled());
	}

	private static ExceptionsResult.ExceptionsRun report(String how, double endedMs, @Nullable String error,
			List<LoopTask> tasks, int kept) {
		List<Integer> succeeded = new ArrayList<>();
		List<Integer> failed = new ArrayList<>();
		List<Integer> cancelled = new ArrayList<>();
		List<ExceptionsResult.ExceptionTask> reported = new ArrayList<>();
		for (LoopTask task : tasks) {
			String outcome;
			String value;
			try {
				value = task.future.getNow("pending");
				outcome = "result";
				succeeded.add(task.task);
			}
			catch (CancellationException ex) {
				value = "cancelled before it ran";
				outcome = "cancelled";
				cancelled.add(task.task);
			}
			catch (CompletionException ex) {
				value = ex.getCause().getMessage();
				outcome = "error";
				failed.add(task.task);
			}
			if (task.task < kept) {
				reported.add(new ExceptionsResult.ExceptionTask(task.task, Millis.of(task.wait), outcome, value,
						task.endedMs, task.ran));
			}
		}
		return new ExceptionsResult.ExceptionsRun(how, endedMs, error, succeeded, failed, cancelled, reported);
	}

	/** A task whose work is a timer on the loop: it returns a result, or fails. */
	private static final class LoopTask {

		private final int task;

		private final int timelineIndex;

		private final long wait;

		private final boolean fails;

		private final CompletableFuture<String> future = new CompletableFuture<>();

		private volatile @Nullable ScheduledFuture<?> timer;

		private volatile boolean cancelled;

		private volatile boolean ran;

		private volatile double endedMs = -1;

		LoopTask(int task, int timelineIndex, long wait, boolean fails) {
			this.task = task;
			this.timelineIndex = timelineIndex;
			this.wait = wait;
			this.fails = fails;
		}

		CompletableFuture<String> future() {
			return this.future;
		}

		void start(EventLoop loop, long origin, RunContext context) {
			RunContext.TaskClock clock = context.begin(this.timelineIndex);
			if (this.cancelled) {
				return;
			}
			this.timer = loop.at(origin, this.wait, () -> {
				if (this.cancelled) { // cancelled between start() and here
					return;
				}
				this.ran = true; // the work runs
				this.endedMs = Millis.since(origin);
				clock.end();
				if (this.fails) {
					this.future.completeExceptionally(new IllegalStateException("task " + this.task + " failed"));
				}
				else {
					this.future.complete("result " + this.task);
				}
			});
		}

		/** Real cancellation: the timer is removed, so the work never runs. */
		void cancel() {
			this.cancelled = true;
			ScheduledFuture<?> timer = this.timer;
			if (timer != null) {
				timer.cancel(false);
			}
			this.future.cancel(false);
		}

	}

}
