package org.concurrency.lab.threading;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;
import org.jspecify.annotations.Nullable;

/**
 * A pool of threads, as the seed's {@code ThreadPoolExecutor}: a few threads, started
 * once, each running task after task from a queue. Starting a platform thread costs an OS
 * thread and its stack; a pool pays that once per thread, not once per task, and bounds
 * how many tasks run at once. The same tasks with one new thread each start as many
 * threads as tasks: faster for tasks that only wait (they all wait at once), but with no
 * bound — which is what virtual threads make affordable.
 */
@Endpoint(label = "pool",
		summary = "A fixed thread pool reusing its few threads for many tasks, beside one thread per task")
final class ThreadPool implements ThreadingVariant<ThreadPoolRequest, ThreadPoolResult> {

	@Override
	public ThreadPoolResult run(ThreadPoolRequest request, RunContext context) throws Exception {
		Map<String, AtomicInteger> perWorker = new ConcurrentHashMap<>();
		Concurrency pooled = new Concurrency();
		long start = System.nanoTime();
		ThreadPoolExecutor pool = new ThreadPoolExecutor(request.numWorkers(), request.numWorkers(), 0,
				TimeUnit.SECONDS, new LinkedBlockingQueue<>(), context.platformThreads("pool-worker-"));
		try (pool) {
			runAll(pool, 0, request, context, pooled, perWorker);
		}
		int poolSize = pool.getLargestPoolSize(); // closed: every count is final
		long ran = pool.getCompletedTaskCount();
		double poolMs = Millis.since(start);
		ThreadPoolResult.@Nullable ThreadPerTask perTask = null;
		if (fitsThreadPerTask(request, context)) {
			perTask = threadPerTask(request, context);
		}
		Map<String, Integer> tasksPerWorker = new TreeMap<>();
		perWorker.forEach((worker, count) -> tasksPerWorker.put(worker, count.get()));
		return new ThreadPoolResult(poolSize, (int) ran, tasksPerWorker, pooled.max(), poolMs, perTask);
	}

	private static boolean fitsThreadPerTask(ThreadPoolRequest request, RunContext context) {
		return request.numWorkers() + request.tasks() <= context.limits().platformThreads();
	}

	private static ThreadPoolResult.ThreadPerTask threadPerTask(ThreadPoolRequest request, RunContext context)
			throws Exception {
		Concurrency concurrency = new Concurrency();
		long start = System.nanoTime();
		long submitted;
		try (ExecutorService perTask = Executors.newThreadPerTaskExecutor(context.platformThreads("per-task-"))) {
			submitted = runAll(perTask, request.tasks(), request, context, concurrency, new ConcurrentHashMap<>());
		}
		double durationMs = Millis.since(start);
		// µs, to a tenth
		double startUs = Millis.round(submitted / 1e3 / request.tasks());
		return new ThreadPoolResult.ThreadPerTask(request.tasks(), concurrency.max(), durationMs, startUs);
	}

	/**
	 * Submits every task and waits for them all.
	 * @return nanoseconds the submitting took: for one thread per task, starting them
	 */
	private static long runAll(ExecutorService executor, int firstIndex, ThreadPoolRequest request, RunContext context,
			Concurrency concurrency, Map<String, AtomicInteger> perWorker) throws Exception {
		List<Future<?>> done = new ArrayList<>();
		long start = System.nanoTime();
		for (int task = 0; task < request.tasks(); task++) {
			int index = firstIndex + task;
			done.add(executor.submit(() -> context.task(index, () -> {
				perWorker.computeIfAbsent(Thread.currentThread().getName(), (name) -> new AtomicInteger())
					.incrementAndGet();
				concurrency.enter();
				try {
					// the task's work
					Thread.sleep(Duration.ofNanos(request.delayNanos()));
				}
				finally {
					concurrency.leave();
				}
				return null;
			})));
		}
		long submitting = System.nanoTime() - start;
		for (Future<?> task : done) {
			context.get(task);
		}
		return submitting;
	}

	@Override
	public String note(ThreadPoolRequest request, ThreadPoolResult result) {
		ThreadPoolResult.@Nullable ThreadPerTask perTask = result.threadPerTask();
		String pool = request.tasks() + " tasks ran on " + result.poolSize()
				+ " threads started once and reused (about " + Math.round((double) request.tasks() / result.poolSize())
				+ " tasks each) in " + Math.round(result.poolMs()) + " ms";
		if (perTask == null) {
			return pool + "; one thread per task was skipped: " + request.tasks()
					+ " more threads would pass lab.limits.platform-threads.";
		}
		return pool + "; one thread per task started " + perTask.threadsStarted() + " threads ("
				+ perTask.startUsPerThread() + " µs each) and, with no bound, ran " + perTask.maxConcurrent()
				+ " at once in " + Math.round(perTask.durationMs()) + " ms.";
	}

	/** Counts the tasks running now and the most that ever ran at once. */
	private static final class Concurrency {

		private final AtomicInteger now = new AtomicInteger();

		private final AtomicInteger max = new AtomicInteger();

		void enter() {
			this.max.accumulateAndGet(this.now.incrementAndGet(), Math::max);
		}

		void leave() {
			this.now.decrementAndGet();
		}

		int max() {
			return this.max.get();
		}

	}

}
