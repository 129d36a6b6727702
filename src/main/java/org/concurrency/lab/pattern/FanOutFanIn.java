package org.concurrency.lab.pattern;

import java.util.BitSet;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;
import org.jspecify.annotations.Nullable;

/**
 * Fan-out, fan-in (seed 003): one producer fans tasks out to N workers through a queue;
 * the workers fan their results in through a second queue to one collector, the only
 * thread that touches the total. Each worker, on the end marker, tells the collector it
 * is done, so the collector knows when every result is in. Counts are exact: every task
 * processed once, the total 2 + 4 + … + 2n = n(n+1).
 * <p>
 * The broken fan-in lets the workers add into one shared total instead:
 * {@code shared.total += process(task)}. Java reads {@code shared.total} before it calls
 * {@code process} (JLS 15.26.2), so a worker that adds after a slow task writes back a
 * total read before the others' additions, which are lost. Each worker's first task here
 * waits at a barrier inside {@code process}, so every worker has read the total before
 * any writes it back: at least workers − 1 results are lost in every run.
 */
@Endpoint(label = "fan-out-fan-in",
		summary = "Tasks fanned out to workers, results fanned in to one collector vs a shared total")
final class FanOutFanIn implements PatternVariant<FanOutFanInRequest, FanOutFanInResult> {

	private static final int END = -1;

	@Override
	public FanOutFanInResult run(FanOutFanInRequest request, RunContext context) throws Exception {
		return new FanOutFanInResult(request.tasks(), request.expected(), fanIn(request, context),
				sharedTotal(request, context));
	}

	@Override
	public String note(FanOutFanInRequest request, FanOutFanInResult result) {
		FanOutFanInResult.FanRun fanIn = result.fanIn();
		FanOutFanInResult.FanRun shared = result.sharedTotal();
		return String.format(Locale.ROOT, """
				Fanned in through a queue, %d workers' results summed to %d of %d expected, %d missing and %d \
				duplicated. Added into one shared total by the workers themselves, the same %d tasks \
				summed to %d: %d lost, though every task was processed.""", request.workers(), fanIn.total(),
				result.expected(), fanIn.missing(), fanIn.duplicates(), request.tasks(), shared.total(), shared.lost());
	}

	private FanOutFanInResult.FanRun fanIn(FanOutFanInRequest request, RunContext context) throws Exception {
		BlockingQueue<Integer> tasks = new LinkedBlockingQueue<>();
		BlockingQueue<Fanned> results = new LinkedBlockingQueue<>();
		long origin = System.nanoTime();
		Collected collected;
		try (ExecutorService producer = Executors.newSingleThreadExecutor(context.platformThreads("producer-"));
				ExecutorService workers = Executors.newFixedThreadPool(request.workers(),
						context.platformThreads("worker-"));
				ExecutorService collector = Executors.newSingleThreadExecutor(context.platformThreads("collector-"))) {
			producer.execute(() -> produce(tasks, request));
			for (int worker = 0; worker < request.workers(); worker++) {
				workers.execute(() -> {
					String name = Thread.currentThread().getName();
					try {
						int task;
						while ((task = context.take(tasks)) != END) {
							RunContext.TaskClock clock = context.begin(task - 1);
							Thread.sleep(request.delayMs()); // the work
							clock.end();
							results.add(new Result(task, 2L * task, name)); // fan-in
						}
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					finally {
						results.add(new WorkerDone(name)); // so the collector knows
					}
				});
			}
			Future<Collected> collecting = collector.submit(() -> collect(results, request, context));
			collected = context.get(collecting);
		}
		return new FanOutFanInResult.FanRun("fan-in: results through a queue to one collector", collected.processed,
				collected.total, request.expected() - collected.total, request.tasks() - collected.seen.cardinality(),
				collected.duplicates, collected.perWorker, context.threadsAliveAfter(RunThreads.GRACE),
				Millis.since(origin));
	}

	private FanOutFanInResult.FanRun sharedTotal(FanOutFanInRequest request, RunContext context) throws Exception {
		BlockingQueue<Integer> tasks = new LinkedBlockingQueue<>();
		SharedTotal shared = new SharedTotal();
		CyclicBarrier firstRound = new CyclicBarrier(Math.min(request.workers(), request.tasks()));
		Map<String, Integer> perWorker = new TreeMap<>(RunThreads.BY_NUMBER);
		long origin = System.nanoTime();
		try (ExecutorService producer = Executors.newSingleThreadExecutor(context.platformThreads("producer-"));
				ExecutorService workers = Executors.newFixedThreadPool(request.workers(),
						context.platformThreads("adder-"))) {
			producer.execute(() -> produce(tasks, request));
			for (int worker = 0; worker < request.workers(); worker++) {
				workers.execute(() -> {
					int processed = 0;
					try {
						int task;
						while ((task = context.take(tasks)) != END) {
							// read total, work, write back: additions in between are lost
							shared.total += process(task, (processed == 0) ? firstRound : null, request, context);
							processed++;
						}
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					finally {
						synchronized (perWorker) {
							perWorker.put(Thread.currentThread().getName(), processed);
						}
					}
				});
			}
		} // closing waits for the workers: their writes to the total are visible after
		int processed = perWorker.values().stream().mapToInt(Integer::intValue).sum();
		return new FanOutFanInResult.FanRun("shared total: each worker does total += process(task), no fan-in",
				processed, shared.total, request.expected() - shared.total, request.tasks() - processed, 0, perWorker,
				context.threadsAliveAfter(RunThreads.GRACE), Millis.since(origin));
	}

	/**
	 * The broken fan-in's work: doubles the task; a worker's first waits for the others.
	 */
	private static long process(int task, @Nullable CyclicBarrier firstRound, FanOutFanInRequest request,
			RunContext context) throws InterruptedException {
		Thread.sleep(request.delayMs());
		if (firstRound != null) {
			try { // every worker has read the total by now: they overlap every run
				context.await(firstRound);
			}
			catch (BrokenBarrierException ex) {
				// another worker stopped waiting (the deadline, an interrupt): go on
				// without the overlap
			}
		}
		return 2L * task;
	}

	private static void produce(BlockingQueue<Integer> tasks, FanOutFanInRequest request) {
		for (int task = 1; task <= request.tasks(); task++) {
			tasks.add(task); // fan-out
		}
		for (int worker = 0; worker < request.workers(); worker++) {
			tasks.add(END); // one end marker per worker
		}
	}

	private static Collected collect(BlockingQueue<Fanned> results, FanOutFanInRequest request, RunContext context)
			throws InterruptedException {
		Collected collected = new Collected(request.tasks());
		int done = 0;
		while (done < request.workers()) {
			switch (context.take(results)) {
				case WorkerDone workerDone -> done++;
				case Result result -> collected.add(result);
			}
		}
		return collected;
	}

	/** What travels to the collector. */
	private sealed interface Fanned permits Result, WorkerDone {

	}

	private record Result(int task, long value, String worker) implements Fanned {
	}

	private record WorkerDone(String worker) implements Fanned {
	}

	/** The collector's tally: touched only by the collector's thread. */
	private static final class Collected {

		private final BitSet seen;

		private final Map<String, Integer> perWorker = new TreeMap<>(RunThreads.BY_NUMBER);

		private int processed;

		private long total;

		private int duplicates;

		Collected(int tasks) {
			this.seen = new BitSet(tasks + 1);
		}

		void add(Result result) {
			if (this.seen.get(result.task())) {
				this.duplicates++;
			}
			this.seen.set(result.task());
			this.processed++;
			this.total += result.value();
			this.perWorker.merge(result.worker(), 1, Integer::sum);
		}

	}

	/** The broken fan-in's total: a plain field every worker adds into. */
	private static final class SharedTotal {

		private long total;

	}

}
