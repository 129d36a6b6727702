package org.concurrency.lab.async;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.LimitCheck;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;
import org.concurrency.lab.experiment.Violation;

/**
 * {@code loop.run_in_executor}: a blocking call made on the event loop's own thread stops
 * the loop (its heartbeat, a timer that ticks every {@code tick}, does not tick once
 * while the call runs, and the calls run one after another); the same calls handed to an
 * executor ({@code supplyAsync(call, executor)}) run on other threads, at once, and the
 * loop keeps ticking. The executor here runs each call on a virtual thread: in Java
 * blocking is cheap when the thread that blocks is virtual.
 */
@Endpoint(label = "run-in-executor",
		summary = "loop.run_in_executor: blocking calls on the loop stop its ticks; on an executor they do not")
final class RunInExecutor implements AsyncVariant<RunInExecutorRequest, RunInExecutorResult> {

	/**
	 * On the loop the calls run one after another: they must end well before the
	 * deadline.
	 */
	@Override
	public void check(RunInExecutorRequest request, LimitCheck check) {
		if (request.delay() > 0) {
			long fit = Math.max(1, (long) (check.lab().deadline().toMillis() / 2000.0 / request.delay()));
			if (request.tasks() > fit) {
				check
					.add(new Violation("tasks", (long) request.tasks(), "between 1 and " + fit, "lab.limits.deadline"));
			}
		}
	}

	@Override
	public RunInExecutorResult run(RunInExecutorRequest request, RunContext context) throws Exception {
		long tick = AsyncParams.nanos(request.tick());
		int kept = Math.min(request.tasks(), context.limits().timelineEntries() / 2);
		try (EventLoop loop = new EventLoop(context, "event-loop");
				ExecutorService executor = Executors.newThreadPerTaskExecutor(context.virtualThreads("executor-"))) {
			Heartbeat heartbeat = new Heartbeat();
			loop.every(System.nanoTime(), 0, tick, heartbeat::beat);

			// broken: the coroutine calls the blocking function itself, on the loop
			long start = heartbeat.reset();
			CompletableFuture<List<Call>> onLoop = CompletableFuture.supplyAsync(() -> {
				List<Call> calls = new ArrayList<>();
				for (int task = 0; task < request.tasks(); task++) {
					calls.add(block(task, request, heartbeat, context, start));
				}
				return calls;
			}, loop);
			RunInExecutorResult.ExecutorPhase blocked = phase("called on the event loop", onLoop, start, tick,
					heartbeat, kept, context);

			// fixed: the coroutine hands each call to an executor and awaits its future
			long handedStart = heartbeat.reset();
			CompletableFuture<List<Call>> handed = CompletableFuture.supplyAsync(() -> {
				List<CompletableFuture<Call>> calls = new ArrayList<>();
				for (int task = 0; task < request.tasks(); task++) {
					int index = request.tasks() + task;
					calls.add(CompletableFuture
						.supplyAsync(() -> block(index, request, heartbeat, context, handedStart), executor));
				}
				return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
					.thenApply((ignored) -> calls.stream().map(CompletableFuture::join).toList());
			}, loop).thenCompose(Function.identity());
			RunInExecutorResult.ExecutorPhase free = phase("handed to an executor", handed, handedStart, tick,
					heartbeat, kept, context);

			return new RunInExecutorResult(Millis.of(tick), blocked, free);
		}
	}

	@Override
	public String note(RunInExecutorRequest request, RunInExecutorResult result) {
		RunInExecutorResult.ExecutorPhase blocked = result.onLoop();
		RunInExecutorResult.ExecutorPhase free = result.inExecutor();
		return String.format(Locale.ROOT, """
				Called on the loop, %d blocking calls of %.0f ms ran one after another (%.0f ms) and the loop \
				ticked %d times instead of about %d: it stood still for %.0f ms. Handed to an executor \
				they ran at once (%.0f ms) and the loop ticked %d times, never more than %.0f ms apart.""",
				request.tasks(), request.delay() * 1000, blocked.durationMs(), blocked.ticks(), blocked.ticksExpected(),
				blocked.longestTickGapMs(), free.durationMs(), free.ticks(), free.longestTickGapMs());
	}

	/** A blocking call: it holds its thread for the whole wait. */
	private static Call block(int index, RunInExecutorRequest request, Heartbeat heartbeat, RunContext context,
			long origin) {
		RunContext.TaskClock clock = context.begin(index);
		long ticksBefore = heartbeat.beats();
		long start = System.nanoTime();
		try {
			// blocks the thread
			Thread.sleep(Duration.ofNanos(AsyncParams.nanos(request.delay())));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CancellationException("blocking call " + index + " interrupted");
		}
		clock.end();
		return new Call(index % request.tasks(), Thread.currentThread().getName(), start, System.nanoTime(),
				ticksBefore, heartbeat.beats(), origin);
	}

	private static RunInExecutorResult.ExecutorPhase phase(String how, CompletableFuture<List<Call>> calls, long start,
			long tick, Heartbeat heartbeat, int kept, RunContext context) throws Exception {
		List<Call> done = context.get(calls);
		double durationMs = Millis.since(start);
		// the first tick after the calls measures how long the loop stood still
		context.sleep(Duration.ofNanos(2 * tick));
		long firstStart = done.stream().mapToLong(Call::ticksBefore).min().orElse(0);
		long lastEnd = done.stream().mapToLong(Call::ticksAfter).max().orElse(0);
		long span = done.stream().mapToLong(Call::endNanos).max().orElse(start)
				- done.stream().mapToLong(Call::startNanos).min().orElse(start);
		return new RunInExecutorResult.ExecutorPhase(how, durationMs, lastEnd - firstStart, span / tick,
				Millis.of(heartbeat.longestGap()), done.subList(0, kept).stream().map(Call::reported).toList());
	}

	/** One blocking call, with the loop's tick count before and after it. */
	private record Call(int task, String thread, long startNanos, long endNanos, long ticksBefore, long ticksAfter,
			long origin) {

		RunInExecutorResult.BlockingCall reported() {
			return new RunInExecutorResult.BlockingCall(this.task, this.thread,
					Millis.of(this.startNanos - this.origin), Millis.of(this.endNanos - this.origin),
					this.ticksAfter - this.ticksBefore);
		}

	}

}
