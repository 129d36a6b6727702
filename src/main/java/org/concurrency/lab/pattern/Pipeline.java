package org.concurrency.lab.pattern;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;
import org.jspecify.annotations.Nullable;

/**
 * The pipeline of seed 003: stages joined by bounded queues, each on its own threads.
 * {@code generate} puts 1..n on the first queue, {@code transform} (several threads)
 * squares each number, {@code aggregate} sums the squares: the result must be exactly
 * n(n+1)(2n+1)/6. The end of the stream travels as a marker through the queues, one per
 * transform thread, so every stage knows when it is done; a full queue makes the stage
 * before it wait (back-pressure).
 * <p>
 * Cancelling: stopping only the head leaves every later stage waiting for items or an end
 * marker that never come: their threads stay alive, stuck in {@code take} (the lab then
 * ends them). Cancelling the whole pipeline interrupts every stage; each stops where it
 * is, says how far it got, and no thread is left.
 */
@Endpoint(label = "pipeline",
		summary = "Stages joined by queues: an exact sum of squares; cancelled, every stage stops")
final class Pipeline implements PatternVariant<PipelineRequest, PipelineResult> {

	/** The end of the stream; the items are 1..n and their squares. */
	private static final long END = -1;

	private static final int CAPACITY = 16;

	/** How long the head-only cancellation watches for stages left waiting. */
	private static final Duration WATCH = Duration.ofMillis(100);

	@Override
	public PipelineResult run(PipelineRequest request, RunContext context) throws Exception {
		long n = request.items();
		Long cancelAfter = request.cancelAfterMs();
		PipelineResult.PipelineRun whole = runOnce(request, context, (cancelAfter != null) ? Stop.WHOLE : null);
		PipelineResult.PipelineRun headOnly = (cancelAfter != null) ? runOnce(request, context, Stop.HEAD_ONLY) : null;
		return new PipelineResult(n, n * (n + 1) * (2 * n + 1) / 6, whole, headOnly);
	}

	@Override
	public String note(PipelineRequest request, PipelineResult result) {
		PipelineResult.PipelineRun whole = result.pipeline();
		PipelineResult.PipelineRun headOnly = result.headOnly();
		if (headOnly == null || !whole.cancelled()) {
			return String.format(Locale.ROOT, """
					%d numbers went through generate → square (%d threads) → sum: the sum of squares is %d, \
					expected %d; every stage handled %s items and ended on the end marker.""", result.items(),
					request.workers(), whole.result(), result.expected(), whole.itemsPerStage().values());
		}
		return String.format(Locale.ROOT, """
				Cancelled as a whole at %.0f ms, every stage stopped (items per stage %s) and %d threads were \
				left. Cancelled by its head only, %d stage threads were still running %d ms later, \
				waiting for items that would never come.""", whole.cancelledAtMs(), whole.itemsPerStage().values(),
				whole.threadsAliveAfter().size(), headOnly.leftRunning().size(), WATCH.toMillis());
	}

	private PipelineResult.PipelineRun runOnce(PipelineRequest request, RunContext context, @Nullable Stop stop)
			throws Exception {
		boolean timed = stop != Stop.HEAD_ONLY; // the timeline shows the first run
		BlockingQueue<Long> numbers = new ArrayBlockingQueue<>(CAPACITY);
		BlockingQueue<Long> squares = new ArrayBlockingQueue<>(CAPACITY);
		List<Stage> stages = new ArrayList<>();
		List<String> leftRunning = List.of();
		double cancelledAt = -1;
		long origin = System.nanoTime();
		try (ExecutorService generate = Executors.newSingleThreadExecutor(context.platformThreads("generate-"));
				ExecutorService transform = Executors.newFixedThreadPool(request.workers(),
						context.platformThreads("transform-"));
				ExecutorService aggregate = Executors.newSingleThreadExecutor(context.platformThreads("aggregate-"))) {
			Stage head = stage("generate", stages);
			generate.execute(() -> head.run(() -> generate(head, numbers, request, context)));
			for (int worker = 0; worker < request.workers(); worker++) {
				Stage square = stage("transform", stages);
				transform.execute(() -> square.run(() -> transform(square, numbers, squares, request, context, timed)));
			}
			Stage sum = stage("aggregate", stages);
			Future<?> done = aggregate.submit(() -> sum.run(() -> aggregate(sum, squares, request, context)));
			Long cancelAfter = request.cancelAfterMs();
			if (stop == null || cancelAfter == null) {
				// to its end, or the deadline: the engine reports the run timed out
				context.get(done);
			}
			else {
				try {
					done.get(context.within(Duration.ofMillis(cancelAfter)).toNanos(), TimeUnit.NANOSECONDS);
				}
				catch (TimeoutException ex) {
					cancelledAt = Millis.since(origin);
					if (stop == Stop.HEAD_ONLY) {
						generate.shutdownNow(); // only the head is told to stop
						generate.awaitTermination(context.within(WATCH).toNanos(), TimeUnit.NANOSECONDS);
						context.sleep(WATCH);
						leftRunning = stages.stream().filter(Stage::running).map((stage) -> stage.thread).toList();
					}
					// the whole pipeline: every stage is interrupted
					generate.shutdownNow();
					transform.shutdownNow();
					aggregate.shutdownNow();
				}
			}
		} // closing waits for every stage's thread to end
		Map<String, Long> perStage = new LinkedHashMap<>();
		for (Stage stage : stages) {
			perStage.merge(stage.name, stage.items, Long::sum);
		}
		long result = stages.getLast().total;
		return new PipelineResult.PipelineRun((stop != null) ? stop.how : "run to its end", cancelledAt >= 0,
				cancelledAt, perStage.get("aggregate") == request.items().longValue(), result, perStage,
				stages.stream().map(Stage::reported).toList(), leftRunning, context.threadsAliveAfter(RunThreads.GRACE),
				Millis.since(origin));
	}

	private static Stage stage(String name, List<Stage> stages) {
		Stage stage = new Stage(name);
		stages.add(stage);
		return stage;
	}

	private static void generate(Stage me, BlockingQueue<Long> out, PipelineRequest request, RunContext context)
			throws InterruptedException {
		for (long number = 1; number <= request.items(); number++) {
			context.offer(out, number);
			me.items++;
		}
		for (int worker = 0; worker < request.workers(); worker++) {
			context.offer(out, END); // one end marker per transform thread
		}
	}

	private static void transform(Stage me, BlockingQueue<Long> in, BlockingQueue<Long> out, PipelineRequest request,
			RunContext context, boolean timed) throws InterruptedException {
		while (true) {
			long number = context.take(in);
			if (number == END) {
				context.offer(out, END); // passed on: aggregate counts one per transform
				return;
			}
			RunContext.TaskClock clock = context.begin((int) number - 1);
			Thread.sleep(request.delayMs());
			if (timed) {
				clock.end();
			}
			context.offer(out, number * number);
			me.items++;
		}
	}

	private static void aggregate(Stage me, BlockingQueue<Long> in, PipelineRequest request, RunContext context)
			throws InterruptedException {
		int ends = 0;
		while (ends < request.workers()) {
			long square = context.take(in);
			if (square == END) {
				ends++;
				continue;
			}
			me.total += square; // only this thread writes the total
			me.items++;
		}
	}

	/** How a run is cancelled. */
	private enum Stop {

		WHOLE("cancelled as a whole: every stage interrupted"),
		HEAD_ONLY("cancelled by its head only: generate interrupted, the others not");

		private final String how;

		Stop(String how) {
			this.how = how;
		}

	}

	/** One thread of one stage: how many items it passed on and how it ended. */
	private static final class Stage {

		private final String name;

		private volatile String thread = "";

		private volatile long items; // written only by the stage's own thread

		private volatile long total;

		private volatile String ending = "running";

		Stage(String name) {
			this.name = name;
		}

		void run(Work work) {
			this.thread = Thread.currentThread().getName();
			try {
				work.run();
				this.ending = "finished";
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.ending = "cancelled";
			}
			catch (CancellationException ex) {
				this.ending = "stopped at the deadline";
			}
		}

		boolean running() {
			return "running".equals(this.ending);
		}

		PipelineResult.PipelineStage reported() {
			return new PipelineResult.PipelineStage(this.name, this.thread, this.items, this.ending);
		}

	}

	/** A stage's loop. */
	@FunctionalInterface
	private interface Work {

		void run() throws InterruptedException;

	}

}
