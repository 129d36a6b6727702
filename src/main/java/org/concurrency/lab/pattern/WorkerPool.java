package org.concurrency.lab.pattern;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.LongAdder;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;
import org.jspecify.annotations.Nullable;

/**
 * The worker pool of seed 003: a fixed number of workers take tasks from one queue. The
 * seed's workers stop when {@code get(timeout=1)} finds the queue empty; that holds only
 * while the queue is filled faster than the workers' patience. Here the producer pauses
 * half-way, as a slow producer would: the seed's workers all give up during the pause
 * (the producer waits until they have, so this happens every run) and the second half of
 * the tasks is never processed. The fix is an end marker per worker (a poison pill):
 * workers wait however long the producer pauses (the same pause) and stop only when told.
 * Java's {@code Executors.newFixedThreadPool} is this pattern built in: its workers wait
 * for tasks until the pool is shut down.
 */
@Endpoint(label = "worker-pool",
		summary = "Workers on a task queue: 'empty means done' loses tasks; end markers do not")
final class WorkerPool implements PatternVariant<WorkerPoolRequest, WorkerPoolResult> {

	/** How long the seed's workers wait on an empty queue before they leave. */
	static final Duration PATIENCE = Duration.ofMillis(50);

	private static final int END = -1;

	@Override
	public WorkerPoolResult run(WorkerPoolRequest request, RunContext context) throws Exception {
		WorkerPoolResult.PoolRun seed = queueWorkers(request, context, null, 0);
		Duration pause = Duration.ofNanos(Math.round(seed.pausedMs() * 1e6)); // the same
		WorkerPoolResult.PoolRun pill = queueWorkers(request, context, pause, request.tasks());
		WorkerPoolResult.PoolRun pool = fixedThreadPool(request, context, pause, 2 * request.tasks());
		return new WorkerPoolResult(request.tasks(), request.expected(), seed, pill, pool);
	}

	@Override
	public String note(WorkerPoolRequest request, WorkerPoolResult result) {
		WorkerPoolResult.PoolRun seed = result.emptyMeansDone();
		return String.format(Locale.ROOT, """
				The producer paused %.0f ms half-way. The seed's workers, who leave after %d ms of empty queue, \
				processed %d of %d tasks (%d never processed); with an end marker per worker %d of %d, \
				and Java's fixed thread pool %d of %d, each total exact.""", seed.pausedMs(), PATIENCE.toMillis(),
				seed.processed(), request.tasks(), seed.missing(), result.poisonPill().processed(), request.tasks(),
				result.fixedThreadPool().processed(), request.tasks());
	}

	/**
	 * Workers on a queue the producer fills in two halves, pausing between them.
	 * @param pause how long the producer pauses; {@code null} for the seed's workers, for
	 * whom it pauses until every one of them has given up
	 * @param timeline where this run's tasks start in the run's timeline
	 */
	private WorkerPoolResult.PoolRun queueWorkers(WorkerPoolRequest request, RunContext context,
			@Nullable Duration pause, int timeline) throws Exception {
		boolean pills = pause != null;
		BlockingQueue<Integer> queue = new LinkedBlockingQueue<>();
		Tally tally = new Tally(request.tasks());
		CountDownLatch gaveUp = new CountDownLatch(request.workers());
		long origin = System.nanoTime();
		double pausedMs;
		try (ExecutorService workers = Executors.newFixedThreadPool(request.workers(),
				context.platformThreads(pills ? "pill-worker-" : "seed-worker-"))) {
			for (int worker = 0; worker < request.workers(); worker++) {
				workers.execute(() -> {
					try {
						while (true) {
							Integer task = pills ? context.take(queue)
									: queue.poll(context.within(PATIENCE).toNanos(), TimeUnit.NANOSECONDS);
							// the seed: queue.Empty means no more work
							if (task == null) {
								gaveUp.countDown();
								return;
							}
							if (task == END) { // the fix: only the marker means the end
								return;
							}
							work(task, timeline, tally, request, context);
						}
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				});
			}
			int half = request.tasks() / 2;
			for (int task = 1; task <= half; task++) {
				queue.add(task);
			}
			long paused = System.nanoTime();
			if (pause == null) {
				// a slow producer, in every run: paused until each worker has given up
				context.await(gaveUp);
			}
			else {
				context.sleep(pause);
			}
			pausedMs = Millis.since(paused);
			for (int task = half + 1; task <= request.tasks(); task++) {
				queue.add(task);
			}
			for (int worker = 0; pills && worker < request.workers(); worker++) {
				queue.add(END);
			}
		} // closing waits for the workers
		String how = pills ? "end marker per worker: workers stop only when told"
				: "the seed's workers: stop when the queue stays empty " + PATIENCE.toMillis() + " ms";
		return tally.report(how, pausedMs, (int) (request.workers() - gaveUp.getCount()), queue.size(),
				context.threadsAliveAfter(RunThreads.GRACE), Millis.since(origin));
	}

	private WorkerPoolResult.PoolRun fixedThreadPool(WorkerPoolRequest request, RunContext context, Duration pause,
			int timeline) throws Exception {
		Tally tally = new Tally(request.tasks());
		long origin = System.nanoTime();
		try (ExecutorService pool = Executors.newFixedThreadPool(request.workers(),
				context.platformThreads("fixed-pool-"))) {
			int half = request.tasks() / 2;
			for (int task = 1; task <= request.tasks(); task++) {
				if (task == half + 1) {
					context.sleep(pause); // the same pause
				}
				int number = task;
				pool.execute(() -> {
					try {
						work(number, timeline, tally, request, context);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				});
			}
		} // close(): shutdown, then wait for the queued tasks to be done
		return tally.report("Executors.newFixedThreadPool: the pattern built in", pause.toNanos() / 1e6, 0, 0,
				context.threadsAliveAfter(RunThreads.GRACE), Millis.since(origin));
	}

	private static void work(int task, int timeline, Tally tally, WorkerPoolRequest request, RunContext context)
			throws InterruptedException {
		RunContext.TaskClock clock = context.begin(timeline + task - 1);
		Thread.sleep(request.delayMs());
		clock.end();
		tally.done(task, Thread.currentThread().getName());
	}

	/** What the workers did: each task's count, each worker's count, the total. */
	private static final class Tally {

		private final AtomicIntegerArray seen;

		private final Map<String, Integer> perWorker = new ConcurrentSkipListMap<>(RunThreads.BY_NUMBER);

		private final LongAdder total = new LongAdder();

		Tally(int tasks) {
			this.seen = new AtomicIntegerArray(tasks + 1);
		}

		void done(int task, String worker) {
			if (task < 1 || task >= this.seen.length()) {
				throw new CancellationException("no such task " + task);
			}
			this.seen.incrementAndGet(task);
			this.perWorker.merge(worker, 1, Integer::sum);
			this.total.add(2L * task);
		}

		WorkerPoolResult.PoolRun report(String how, double pausedMs, int gaveUp, int leftInQueue,
				List<String> threadsAliveAfter, double durationMs) {
			int processed = 0;
			int missing = 0;
			int duplicates = 0;
			for (int task = 1; task < this.seen.length(); task++) {
				int times = this.seen.get(task);
				processed += times;
				missing += (times == 0) ? 1 : 0;
				duplicates += Math.max(0, times - 1);
			}
			return new WorkerPoolResult.PoolRun(how, processed, missing, duplicates, this.total.sum(), this.perWorker,
					Millis.round(pausedMs), gaveUp, leftInQueue, threadsAliveAfter, durationMs);
		}

	}

}
