package org.concurrency.lab.async;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;
import org.jspecify.annotations.Nullable;

/**
 * {@code asyncio.wait_for}: give a task a timeout. Python's {@code wait_for} cancels the
 * late coroutine; Java's {@code orTimeout} only completes the future with a
 * {@code TimeoutException}: the work behind it runs on to its end, holding its thread and
 * doing what nobody waits for any more. The fix gives the late task a default value with
 * {@code completeOnTimeout} and tells its work to stop (here by a flag the work checks
 * between steps), so that the work really ends at the timeout.
 * <p>
 * Both time out on the JDK's own delay scheduler, one daemon thread the whole JVM shares
 * (not the common pool): it only completes the futures, and the callbacks it runs here
 * only set a flag.
 */
@Endpoint(label = "timeout",
		summary = "asyncio.wait_for: orTimeout leaves late work running; completeOnTimeout and a stop end it")
final class Timeout implements AsyncVariant<TimeoutRequest, TimeoutResult> {

	static final String DEFAULT_VALUE = "default";

	@Override
	public TimeoutResult run(TimeoutRequest request, RunContext context) throws Exception {
		long timeout = AsyncParams.nanos(request.timeout());
		List<StepWork> leftWork = new ArrayList<>();
		List<StepWork> stoppedWork = new ArrayList<>();
		List<CompletableFuture<Settled>> left = new ArrayList<>();
		List<CompletableFuture<Settled>> stopped = new ArrayList<>();
		long origin = System.nanoTime();
		try (ExecutorService leftRunning = Executors.newThreadPerTaskExecutor(context.virtualThreads("left-running-"));
				ExecutorService cancelling = Executors.newThreadPerTaskExecutor(context.virtualThreads("cancelled-"))) {
			for (int task = 0; task < request.tasks(); task++) {
				StepWork abandoned = new StepWork(task, task, request.waitNanos(task), origin, context);
				leftWork.add(abandoned);
				left.add(CompletableFuture.supplyAsync(abandoned::call, leftRunning)
					// the future gives up, the work does not
					.orTimeout(timeout, TimeUnit.NANOSECONDS)
					.handle((value, error) -> Settled.of(value, error, origin)));

				StepWork bounded = new StepWork(task, request.tasks() + task, request.waitNanos(task), origin, context);
				stoppedWork.add(bounded);
				stopped.add(CompletableFuture.supplyAsync(bounded::call, cancelling)
					.completeOnTimeout(DEFAULT_VALUE, timeout, TimeUnit.NANOSECONDS)
					.handle((value, error) -> {
						if (!bounded.finished()) {
							bounded.stop(); // timed out: the late work is told to stop
						}
						return Settled.of(value, error, origin);
					}));
			}
			context.get(CompletableFuture
				.allOf(Stream.concat(left.stream(), stopped.stream()).toArray(CompletableFuture[]::new)));
		} // closing waits for every work to end: the abandoned ones run to their end
		int kept = Math.min(request.tasks(), context.limits().timelineEntries() / 2);
		TimeoutResult.TimeoutRun orTimeout = report("orTimeout: the future times out, its work is left running",
				leftWork, left, kept);
		TimeoutResult.TimeoutRun cancelled = report(
				"completeOnTimeout with a default value, and the late work told to stop", stoppedWork, stopped, kept);
		return new TimeoutResult(Millis.of(timeout), DEFAULT_VALUE, orTimeout, cancelled);
	}

	private static TimeoutResult.TimeoutRun report(String how, List<StepWork> works,
			List<CompletableFuture<Settled>> settled, int kept) {
		List<Integer> timedOut = new ArrayList<>();
		int finishedLate = 0;
		int stopped = 0;
		List<TimeoutResult.TimeoutTask> tasks = new ArrayList<>();
		for (int task = 0; task < works.size(); task++) {
			StepWork work = works.get(task);
			Settled outcome = settled.get(task).join();
			if (outcome.timedOut()) {
				timedOut.add(task);
				if (work.finished()) {
					finishedLate++;
				}
				else {
					stopped++;
				}
			}
			if (task < kept) {
				tasks.add(new TimeoutResult.TimeoutTask(task, work.workMs(),
						outcome.timedOut() ? "timed_out" : "completed", outcome.value(), outcome.settledMs(),
						work.ending().label(), work.stepsDone(), work.stepsPlanned(), work.endedMs()));
			}
		}
		return new TimeoutResult.TimeoutRun(how, timedOut, finishedLate, stopped, tasks);
	}

	/** How a task's future settled, and when. */
	private record Settled(boolean timedOut, String value, double settledMs) {

		static Settled of(@Nullable String value, @Nullable Throwable error, long origin) {
			double at = Millis.since(origin);
			Throwable cause = (error instanceof CompletionException) ? error.getCause() : error;
			if (cause != null) {
				return new Settled(cause instanceof TimeoutException, cause.getClass().getSimpleName(), at);
			}
			return new Settled(DEFAULT_VALUE.equals(value), String.valueOf(value), at);
		}

	}

	@Override
	public String note(TimeoutRequest request, TimeoutResult result) {
		TimeoutResult.TimeoutRun orTimeout = result.orTimeout();
		TimeoutResult.TimeoutRun cancelled = result.cancelled();
		return String.format(Locale.ROOT, """
				Given %.0f ms each: with orTimeout, tasks %s timed out and %d of their works ran on to their end \
				anyway; with completeOnTimeout("%s") and a stop, tasks %s timed out, %d works were \
				stopped within a step of the timeout and %d finished.""", request.timeout() * 1000,
				orTimeout.timedOut(), orTimeout.workFinishedAfterTimeout(), DEFAULT_VALUE, cancelled.timedOut(),
				cancelled.workStopped(), cancelled.workFinishedAfterTimeout());
	}

}
