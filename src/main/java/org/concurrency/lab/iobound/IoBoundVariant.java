package org.concurrency.lab.iobound;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.concurrency.lab.experiment.Comparison;
import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.HeapNeed;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;
import org.concurrency.lab.experiment.LimitExceededException;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;
import org.concurrency.lab.experiment.TopicName;
import org.concurrency.lab.experiment.Variant;
import org.concurrency.lab.experiment.Violation;

/**
 * The ways to run the same waiting tasks. Waiting needs no CPU, so the question is only
 * how many waits can overlap, and what each waiting task costs.
 * <p>
 * It is longer than most variant files because the four ways to wait are one enum, each
 * constant a few lines beside the others, and the heap accounting that lets two of them
 * run a million tasks sits beside them.
 */
@TopicName("io-bound")
enum IoBoundVariant implements Variant<IoBoundRequest, IoBoundResult> {

	/** One wait after another: the total is the sum of the waits. */
	@Endpoint(label = "sequential", summary = "One wait after another: the total is the sum of the waits")
	SEQUENTIAL {
		@Override
		void run(IoBoundRequest request, RunContext context, Waiting waiting, Tasks tasks) throws Exception {
			for (int task = 0; task < request.iterations(); task++) {
				if (task == request.iterations() - 1) {
					tasks.allStarted();
				}
				RunContext.TaskClock clock = context.begin(task);
				waiting.block(); // the only thread waits: nothing else runs meanwhile
				clock.end();
				tasks.done(task, waiting);
			}
		}

		@Override
		public String note(IoBoundRequest request, IoBoundResult result) {
			return request.iterations() + " tasks waited one after another on one thread: the total is the "
					+ "sum of the waits.";
		}
	},

	/** One platform thread per task: the waits overlap, each holding an OS thread. */
	@Endpoint(label = "threading",
			summary = "One platform thread per task: the waits overlap, each holding an OS thread")
	THREADING {
		@Override
		void run(IoBoundRequest request, RunContext context, Waiting waiting, Tasks tasks) throws Exception {
			threadPerTask(context.platformThreads("thread-"), request, context, waiting, tasks);
		}

		@Override
		public void check(IoBoundRequest request, LimitCheck check) {
			super.check(request, check);
			check.atMost("iterations", request.iterations(), Limit.PLATFORM_THREADS);
		}

		@Override
		public String note(IoBoundRequest request, IoBoundResult result) {
			return request.iterations() + " platform threads waited at once: the total is about one wait, "
					+ "but each waiting task held an OS thread and its stack.";
		}
	},

	/** Timers or non-blocking calls completing futures: no thread held while waiting. */
	@Endpoint(label = "async",
			summary = "CompletableFuture with timers or non-blocking HTTP: no thread held while waiting")
	ASYNC(320) {
		@Override
		void run(IoBoundRequest request, RunContext context, Waiting waiting, Tasks tasks) throws Exception {
			ScheduledThreadPoolExecutor loop = new ScheduledThreadPoolExecutor(1,
					context.platformThreads("event-loop-"));
			// a stopped run drops its timers
			loop.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
			try (loop) {
				CompletableFuture<?>[] all = new CompletableFuture<?>[request.iterations()];
				for (int task = 0; task < request.iterations(); task++) {
					int index = task;
					RunContext.TaskClock clock = context.begin(index);
					all[index] = waiting.later(loop).thenRun(() -> {
						clock.end();
						tasks.done(index, waiting);
					});
				}
				tasks.allStarted();
				context.get(CompletableFuture.allOf(all));
			}
		}

		@Override
		public String note(IoBoundRequest request, IoBoundResult result) {
			return request.iterations() + " waits were started from one thread and completed as callbacks: "
					+ "no thread was held while a task waited. " + result.timing();
		}
	},

	/**
	 * One virtual thread per task: blocking code, yet no OS thread held while waiting.
	 */
	@Endpoint(label = "virtual-threads",
			summary = "One virtual thread per task: blocking code that scales to a million")
	VIRTUAL_THREADS(1100) {
		@Override
		void run(IoBoundRequest request, RunContext context, Waiting waiting, Tasks tasks) throws Exception {
			threadPerTask(context.virtualThreads("virtual-"), request, context, waiting, tasks);
		}

		@Override
		public String note(IoBoundRequest request, IoBoundResult result) {
			return request.iterations() + " virtual threads waited at once on "
					+ Runtime.getRuntime().availableProcessors() + " carrier threads: plain blocking code, and a "
					+ "sleeping virtual thread holds no OS thread. " + result.timing();
		}
	};

	/** Every variant but sequential against it, on the same tasks. */
	static final Comparison<IoBoundRequest> COMPARE = Comparison.of(List.of(values()),
			(request, result) -> "The same waits four ways: every concurrent method finishes in about one wait; they "
					+ "differ in what a waiting task holds (an OS thread, a callback, a virtual thread).");

	/**
	 * About how many bytes of heap one waiting task holds, for the variants that may run
	 * up to {@code lab.limits.waiting-tasks} (0: the others, bound by
	 * {@code lab.limits.tasks}). Measured with {@code jcmd GC.class_histogram} during
	 * million-task runs and rounded up: a parked virtual thread keeps its thread object,
	 * its continuation and a stack chunk of its frames (about 1,050 bytes in all); a
	 * timer keeps its scheduled task and the futures its callback completes (about 305).
	 */
	private final int bytesPerTask;

	/** From this many waiting tasks on, the heap is collected before they start. */
	static final int COLLECT_FIRST = 100_000;

	IoBoundVariant() {
		this(0);
	}

	IoBoundVariant(int bytesPerTask) {
		this.bytesPerTask = bytesPerTask;
	}

	/**
	 * The request bounds every method by the largest limit that applies
	 * ({@code lab.limits.waiting-tasks}, or {@code lab.limits.http-tasks} over HTTP);
	 * those that hold an OS thread or a wait at a time keep {@code lab.limits.tasks}, and
	 * those that may take a million must fit in the heap.
	 */
	@Override
	public void check(IoBoundRequest request, LimitCheck check) {
		if (request.io() == IoBoundRequest.Io.HTTP) {
			return;
		}
		if (this.bytesPerTask == 0) {
			check.atMost("iterations", request.iterations(), Limit.TASKS);
		}
		else {
			check.fitsHeap("iterations", request.iterations(), this.bytesPerTask);
		}
	}

	/** Those that may take a million sleeping tasks reserve the heap they will hold. */
	@Override
	public HeapNeed heapNeed(IoBoundRequest request) {
		return (this.bytesPerTask > 0 && request.io() == IoBoundRequest.Io.SLEEP)
				? new HeapNeed("iterations", request.iterations(), this.bytesPerTask) : HeapNeed.NONE;
	}

	@Override
	public IoBoundResult run(IoBoundRequest request, RunContext context) throws Exception {
		long collectedFirst = 0;
		if (this.bytesPerTask > 0 && request.io() == IoBoundRequest.Io.SLEEP) {
			if (request.iterations() >= COLLECT_FIRST) {
				context.awaitWarmUp();
				// a young collection that meets the waiting tasks copies them all: one
				// made now meets only the garbage of earlier runs
				collectedFirst = context.collectFirst();
			}
		}
		Tasks tasks = new Tasks(Math.min(request.iterations(), context.limits().timelineEntries()), collectedFirst);
		try (Waiting waiting = waiting(request, context)) {
			run(request, context, waiting, tasks);
			tasks.joined();
		}
		return new IoBoundResult(tasks.answers(), request.iterations(), request.delay(), tasks.phases(), tasks.heap());
	}

	private static Waiting waiting(IoBoundRequest request, RunContext context) {
		if (request.io() == IoBoundRequest.Io.SLEEP) {
			return Waiting.bySleeping(request.delayMillis(), context);
		}
		URI base = context.labAddress()
			.orElseThrow(() -> new LimitExceededException(
					List.of(new Violation("io", "http", "sleep, or http once the lab's web server listens", null))));
		return Waiting.byHttp(request.delayMillis(), base, context);
	}

	/**
	 * Runs the tasks, telling {@code tasks} when each is done and when the last has
	 * started; it returns once every task is done and every thread it started has ended.
	 */
	abstract void run(IoBoundRequest request, RunContext context, Waiting waiting, Tasks tasks) throws Exception;

	/**
	 * The same code for platform and virtual threads: only the factory differs. Each task
	 * is one small {@code Runnable}: a virtual thread's parked stack lives on the heap,
	 * so with a million of them every frame saved counts.
	 */
	private static void threadPerTask(ThreadFactory threads, IoBoundRequest request, RunContext context,
			Waiting waiting, Tasks tasks) throws Exception {
		AtomicReference<Exception> failure = new AtomicReference<>();
		try (ExecutorService executor = Executors.newThreadPerTaskExecutor(threads)) {
			for (int task = 0; task < request.iterations(); task++) {
				int index = task;
				executor.execute(() -> {
					RunContext.TaskClock clock = context.begin(index);
					try {
						waiting.block();
					}
					catch (Exception ex) {
						failure.compareAndSet(null, ex);
						return;
					}
					clock.end();
					tasks.done(index, waiting);
				});
			}
			tasks.allStarted();
		}
		Exception first = failure.get();
		if (first != null) {
			throw first;
		}
	}

	/**
	 * What the tasks did: the answers of the first (as many as the timeline keeps), and
	 * when the last one started, the first and last were done, and every thread had
	 * ended. The two ends are striped accumulators, so a million tasks ending on two
	 * carriers do not contend on one field.
	 */
	static final class Tasks {

		private final long originNanos = System.nanoTime();

		private final long[] gcAtStart = collections();

		private final AtomicReferenceArray<String> kept;

		/*
		 * Two plain compare-and-set loops, not LongAccumulators: a million threads ending
		 * in one second met a LongAccumulator's call of its function compiled for one
		 * class only, and each was deoptimized on its own (73,961 class_check traps in
		 * one run, -Xlog:deoptimization=debug).
		 */
		private final AtomicLong firstDone = new AtomicLong(Long.MAX_VALUE);

		private final AtomicLong lastDone = new AtomicLong(Long.MIN_VALUE);

		private long allStartedNanos;

		private long joinedNanos;

		private long heapUsedWhenStarted;

		private long gcCount;

		private long gcMillis;

		private final long collectedFirstMs;

		Tasks(int capacity, long collectedFirstMs) {
			this.kept = new AtomicReferenceArray<>(capacity);
			this.collectedFirstMs = collectedFirstMs;
		}

		void done(int task, Waiting waiting) {
			long now = System.nanoTime();
			long first = this.firstDone.get();
			while (now < first && !this.firstDone.compareAndSet(first, now)) {
				first = this.firstDone.get();
			}
			long last = this.lastDone.get();
			while (now > last && !this.lastDone.compareAndSet(last, now)) {
				last = this.lastDone.get();
			}
			if (task < this.kept.length()) {
				this.kept.set(task, waiting.answer(task));
			}
		}

		/** Every task has started (a thread each, or a timer each) and now waits. */
		void allStarted() {
			this.allStartedNanos = System.nanoTime();
			this.heapUsedWhenStarted = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		}

		void joined() {
			this.joinedNanos = System.nanoTime();
			long[] now = collections();
			this.gcCount = now[0] - this.gcAtStart[0];
			this.gcMillis = now[1] - this.gcAtStart[1];
		}

		/** Collections so far, and the ms they took, summed over the JVM's collectors. */
		private static long[] collections() {
			long count = 0;
			long millis = 0;
			for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
				count += Math.max(0, collector.getCollectionCount());
				millis += Math.max(0, collector.getCollectionTime());
			}
			return new long[] { count, millis };
		}

		List<String> answers() {
			List<String> list = new ArrayList<>();
			for (int i = 0; i < this.kept.length(); i++) {
				String answer = this.kept.get(i);
				if (answer != null) {
					list.add(answer);
				}
			}
			return list;
		}

		IoBoundResult.Phases phases() {
			long first = this.firstDone.get();
			long last = this.lastDone.get();
			return new IoBoundResult.Phases(Millis.between(this.originNanos, this.allStartedNanos),
					(first == Long.MAX_VALUE) ? null : Millis.between(this.originNanos, first),
					(last == Long.MIN_VALUE) ? null : Millis.between(this.originNanos, last),
					Millis.between(this.originNanos, this.joinedNanos));
		}

		IoBoundResult.Heap heap() {
			List<String> collectors = ManagementFactory.getGarbageCollectorMXBeans()
				.stream()
				.map(GarbageCollectorMXBean::getName)
				.toList();
			return new IoBoundResult.Heap(this.heapUsedWhenStarted >> 20, Runtime.getRuntime().maxMemory() >> 20,
					collectors, this.collectedFirstMs, this.gcCount, this.gcMillis);
		}

	}

}
