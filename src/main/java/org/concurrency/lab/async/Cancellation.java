package org.concurrency.lab.async;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;

/**
 * {@code task.cancel()} mid-way, as in the seed: the even-numbered tasks still running at
 * {@code cancel_after} are cancelled. {@code CompletableFuture.cancel(true)} does not
 * interrupt anything (its Javadoc: "interrupts are not used to control processing"): the
 * future says cancelled at once, yet the work behind it runs on to its end. Real
 * cancellation goes through the {@code Future} the executor returned:
 * {@code Future.cancel(true)} interrupts the thread running the work, whose blocking
 * sleep ends with an {@code InterruptedException}, so the work stops where it was. (A
 * flag the work checks, as {@code timeout} does, works too.)
 */
@Endpoint(label = "cancellation",
		summary = "task.cancel(): CompletableFuture.cancel leaves the work running; Future.cancel(true) stops it")
final class Cancellation implements AsyncVariant<CancellationRequest, CancellationResult> {

	@Override
	public CancellationResult run(CancellationRequest request, RunContext context) throws Exception {
		int tasks = request.tasks();
		List<StepWork> cfWork = new ArrayList<>();
		List<StepWork> futureWork = new ArrayList<>();
		List<CompletableFuture<String>> completables = new ArrayList<>();
		List<Future<String>> futures = new ArrayList<>();
		List<Integer> cfCancelled = new ArrayList<>();
		List<Integer> futureCancelled = new ArrayList<>();
		double cancelledAt;
		long origin = System.nanoTime();
		try (ExecutorService cfThreads = Executors.newThreadPerTaskExecutor(context.virtualThreads("cf-cancel-"));
				ExecutorService futureThreads = Executors
					.newThreadPerTaskExecutor(context.virtualThreads("future-cancel-"))) {
			for (int task = 0; task < tasks; task++) {
				StepWork viaCompletable = new StepWork(task, task, request.waitNanos(task), origin, context);
				cfWork.add(viaCompletable);
				completables.add(CompletableFuture.supplyAsync(viaCompletable::call, cfThreads));
				StepWork viaFuture = new StepWork(task, tasks + task, request.waitNanos(task), origin, context);
				futureWork.add(viaFuture);
				futures.add(futureThreads.submit(viaFuture::call));
			}
			context.sleep(Duration.ofNanos(origin + AsyncParams.nanos(request.cancelAfter()) - System.nanoTime()));
			cancelledAt = Millis.since(origin);
			// the seed cancels the even ones
			for (int task = 0; task < tasks; task += 2) {
				if (!completables.get(task).isDone()) {
					// says cancelled; interrupts nothing
					completables.get(task).cancel(true);
					cfCancelled.add(task);
				}
				if (!futures.get(task).isDone()) {
					// interrupts the thread running the work
					futures.get(task).cancel(true);
					futureCancelled.add(task);
				}
			}
		} // closing waits for every work to end
		int kept = Math.min(tasks, context.limits().timelineEntries() / 2);
		CancellationResult.CancellationRun byCompletable = report(
				"CompletableFuture.cancel(true): the future is cancelled, its work is not", cfCancelled, cfWork,
				(task) -> completables.get(task).isCancelled(), kept);
		CancellationResult.CancellationRun byFuture = report(
				"Future.cancel(true) on the executor's future: the work's thread is interrupted", futureCancelled,
				futureWork, (task) -> futures.get(task).isCancelled(), kept);
		return new CancellationResult(cancelledAt, byCompletable, byFuture);
	}

	@Override
	public String note(CancellationRequest request, CancellationResult result) {
		return String.format(Locale.ROOT, """
				At %.0f ms the even tasks still running were cancelled: %s. Via CompletableFuture.cancel their \
				futures said cancelled, yet %d of their works ran on to the end; via the executor's \
				Future.cancel(true), %d works were interrupted at once and none finished.""", result.cancelledAtMs(),
				result.completableFuture().cancelled(), result.completableFuture().workRanOn(),
				result.future().workStopped());
	}

	private static CancellationResult.CancellationRun report(String how, List<Integer> cancelled, List<StepWork> works,
			IntPredicate futureCancelled, int kept) {
		List<Integer> finished = new ArrayList<>();
		int ranOn = 0;
		int stopped = 0;
		List<CancellationResult.CancelledTask> tasks = new ArrayList<>();
		for (StepWork work : works) {
			int task = work.task();
			boolean wasCancelled = cancelled.contains(task);
			if (wasCancelled && work.finished()) {
				ranOn++;
			}
			else if (wasCancelled) {
				stopped++;
			}
			if (!wasCancelled) {
				finished.add(task);
			}
			if (task < kept) {
				tasks.add(new CancellationResult.CancelledTask(task, work.workMs(), wasCancelled,
						futureCancelled.test(task) ? "cancelled" : "completed", work.ending().label(), work.stepsDone(),
						work.stepsPlanned(), work.endedMs()));
			}
		}
		return new CancellationResult.CancellationRun(how, cancelled, finished, ranOn, stopped, tasks);
	}

}
