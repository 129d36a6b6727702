package org.concurrency.lab.multiprocessing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.ChildJvm;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;

/**
 * Python's {@code multiprocessing.Pool}: worker processes started once and sent task
 * after task, against a new process for every task. Both sides run {@code num_processes}
 * JVMs at once and the same small tasks (about a millisecond each); the only difference
 * is reuse. A JVM takes tens of milliseconds to start, far more than such a task, so the
 * one-per-task side pays that start for every task and the pool pays it once per worker.
 * The one-per-task side runs the first {@code lab.limits.processes − num_processes} tasks
 * only, so that the run as a whole starts no more JVMs than the limit allows.
 */
@Endpoint(label = "pool", summary = "A pool of reused worker JVMs against one JVM per task: the cost of starting a JVM")
final class ProcessPool implements MultiprocessingVariant<PoolParams, PoolResult> {

	/**
	 * The body is a {@link PoolRequest}; the report shows it with the other side's share.
	 */
	@Override
	public Class<?> bodyType() {
		return PoolRequest.class;
	}

	@Override
	public PoolParams request(LabRequest body, LabLimits limits) {
		return PoolParams.of((PoolRequest) body, limits);
	}

	@Override
	public PoolResult run(PoolParams params, RunContext context) throws Exception {
		long[] pooled = new long[params.tasks()];
		PoolResult.Side pool = pool(params, pooled, context);
		long[] alone = new long[params.onePerTaskTasks()];
		PoolResult.Side onePerTask = onePerTask(params, alone, context);
		boolean match = Arrays.equals(alone, Arrays.copyOf(pooled, alone.length));
		double difference = Millis.round(onePerTask.msPerTask() - pool.msPerTask());
		return new PoolResult(pool, onePerTask, difference, match);
	}

	@Override
	public String note(PoolParams params, PoolResult result) {
		PoolResult.Side pool = result.pool();
		PoolResult.Side onePerTask = result.onePerTask();
		String capped = (onePerTask.tasks() < pool.tasks())
				? " The JVM-per-task side ran the first " + onePerTask.tasks() + " of the " + pool.tasks()
						+ " tasks: a run starts at most lab.limits.processes JVMs, the pool's included."
				: "";
		return "A pool of " + pool.jvmsStarted() + ((pool.jvmsStarted() == 1) ? " JVM ran " : " JVMs ran ")
				+ pool.tasks() + " tasks in " + pool.durationMs() + " ms (" + pool.msPerTask()
				+ " ms a task); a JVM per task ran " + onePerTask.tasks() + " tasks in " + onePerTask.durationMs()
				+ " ms (" + onePerTask.msPerTask() + " ms a task, " + result.differenceMsPerTask()
				+ " ms more): each task paid a JVM start of about " + onePerTask.meanStartupMs()
				+ " ms, which the pool paid once per worker." + capped;
	}

	/**
	 * {@code num_processes} worker JVMs, each taking the next task until none is left.
	 */
	private static PoolResult.Side pool(PoolParams params, long[] digests, RunContext context) throws Exception {
		AtomicInteger next = new AtomicInteger();
		Queue<ChildJvm> started = new ConcurrentLinkedQueue<>();
		long start = System.nanoTime();
		try (ExecutorService threads = Executors.newFixedThreadPool(params.numProcesses(),
				context.platformThreads("pool-"))) {
			List<Future<?>> workers = new ArrayList<>();
			for (int w = 0; w < params.numProcesses(); w++) {
				workers.add(threads.submit(() -> {
					ChildJvm worker = context.processes().start(PoolWorker.class);
					started.add(worker);
					int task;
					while ((task = next.getAndIncrement()) < params.tasks()) {
						worker.send("task " + task); // the same JVM, task after task
						digests[task] = answer(worker, task, context);
					}
					worker.closeInput();
					Replies.awaitSuccess(worker, context);
					return null;
				}));
			}
			awaitAll(workers, context);
		}
		return side(started, params.tasks(), System.nanoTime() - start);
	}

	/** A new JVM for every task, {@code num_processes} of them at a time. */
	private static PoolResult.Side onePerTask(PoolParams params, long[] digests, RunContext context) throws Exception {
		Queue<ChildJvm> started = new ConcurrentLinkedQueue<>();
		long start = System.nanoTime();
		try (ExecutorService threads = Executors.newFixedThreadPool(params.numProcesses(),
				context.platformThreads("one-per-task-"))) {
			List<Future<?>> tasks = new ArrayList<>();
			for (int t = 0; t < params.onePerTaskTasks(); t++) {
				int task = t;
				tasks.add(threads.submit(() -> {
					// a new JVM for this one task
					ChildJvm worker = context.processes().start(PoolWorker.class);
					started.add(worker);
					worker.send("task " + task);
					worker.closeInput();
					digests[task] = answer(worker, params.tasks() + task, context);
					Replies.awaitSuccess(worker, context);
					return null;
				}));
			}
			awaitAll(tasks, context);
		}
		return side(started, params.onePerTaskTasks(), System.nanoTime() - start);
	}

	/** Reads a task's result; {@code entry} is its place in the run's timeline. */
	private static long answer(ChildJvm worker, int entry, RunContext context) {
		// result <index> <start> <end> <digest>
		String[] result = Replies.expect(worker, "result");
		context.record(entry, worker.name(), Replies.instant(result[2]), Replies.instant(result[3]));
		return Long.parseLong(result[4]);
	}

	private static void awaitAll(List<Future<?>> futures, RunContext context) throws Exception {
		for (Future<?> future : futures) {
			context.get(future);
		}
	}

	private static PoolResult.Side side(Queue<ChildJvm> started, int tasks, long nanos) {
		double durationMs = Millis.of(nanos);
		double meanStartup = started.stream().mapToDouble(Replies::startupMs).average().orElse(0);
		return new PoolResult.Side(started.size(), tasks, durationMs, Millis.round(durationMs / tasks),
				Millis.round(meanStartup));
	}

}
