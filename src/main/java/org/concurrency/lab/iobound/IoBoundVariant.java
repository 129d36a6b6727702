package org.concurrency.lab.iobound;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.Comparison;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;
import org.concurrency.lab.experiment.LimitExceededException;
import org.concurrency.lab.experiment.RunContext;
import org.concurrency.lab.experiment.Variant;
import org.concurrency.lab.experiment.Violation;

/**
 * The ways to run the same waiting tasks. Waiting needs no CPU, so the question is only
 * how many waits can overlap, and what each waiting task costs.
 */
enum IoBoundVariant implements Variant<IoBoundRequest, IoBoundResult> {

	/** One wait after another: the total is the sum of the waits. */
	@Endpoint(label = "sequential", summary = "One wait after another: the total is the sum of the waits")
	SEQUENTIAL {
		@Override
		void run(IoBoundRequest request, RunContext context, Waiting waiting, Answers answers) throws Exception {
			for (int task = 0; task < request.iterations(); task++) {
				RunContext.TaskClock clock = context.begin(task);
				waiting.block(); // the only thread waits: nothing else runs meanwhile
				clock.end();
				answers.keep(task, waiting);
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
		void run(IoBoundRequest request, RunContext context, Waiting waiting, Answers answers) throws Exception {
			threadPerTask(context.platformThreads("thread-"), request, context, waiting, answers);
		}

		@Override
		public void check(IoBoundRequest request, LimitCheck check) {
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
	ASYNC {
		@Override
		void run(IoBoundRequest request, RunContext context, Waiting waiting, Answers answers) throws Exception {
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
						answers.keep(index, waiting);
					});
				}
				context.get(CompletableFuture.allOf(all));
			}
		}

		@Override
		public String note(IoBoundRequest request, IoBoundResult result) {
			return request.iterations() + " waits were started from one thread and completed as callbacks: "
					+ "no thread was held while a task waited.";
		}
	},

	/**
	 * One virtual thread per task: blocking code, yet no OS thread held while waiting.
	 */
	@Endpoint(label = "virtual-threads",
			summary = "One virtual thread per task: blocking code that scales to the hundred thousand")
	VIRTUAL_THREADS {
		@Override
		void run(IoBoundRequest request, RunContext context, Waiting waiting, Answers answers) throws Exception {
			threadPerTask(context.virtualThreads("virtual-"), request, context, waiting, answers);
		}

		@Override
		public String note(IoBoundRequest request, IoBoundResult result) {
			return request.iterations() + " virtual threads waited at once on "
					+ Runtime.getRuntime().availableProcessors() + " carrier threads: plain blocking code, and a "
					+ "sleeping virtual thread holds no OS thread.";
		}
	};

	/** Every variant but sequential against it, on the same tasks. */
	static final Comparison<IoBoundRequest> COMPARE = Comparison.of(List.of(values()),
			(request, result) -> "The same waits four ways: every concurrent method finishes in about one wait; they "
					+ "differ in what a waiting task holds (an OS thread, a callback, a virtual thread).");

	@Override
	public String topic() {
		return "io-bound";
	}

	@Override
	public IoBoundResult run(IoBoundRequest request, RunContext context) throws Exception {
		Answers answers = new Answers(Math.min(request.iterations(), context.limits().timelineEntries()));
		try (Waiting waiting = waiting(request, context)) {
			run(request, context, waiting, answers);
		}
		return new IoBoundResult(answers.list(), request.iterations(), request.delay());
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

	abstract void run(IoBoundRequest request, RunContext context, Waiting waiting, Answers answers) throws Exception;

	/**
	 * The same code for platform and virtual threads: only the factory differs. Each task
	 * is one small {@code Runnable}: a virtual thread's parked stack lives on the heap,
	 * so with a hundred thousand of them every frame saved counts.
	 */
	private static void threadPerTask(ThreadFactory threads, IoBoundRequest request, RunContext context,
			Waiting waiting, Answers answers) throws Exception {
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
					answers.keep(index, waiting);
				});
			}
		}
		Exception first = failure.get();
		if (first != null) {
			throw first;
		}
	}

	/** The answers of the first tasks, as many as the timeline keeps. */
	static final class Answers {

		private final AtomicReferenceArray<String> kept;

		Answers(int capacity) {
			this.kept = new AtomicReferenceArray<>(capacity);
		}

		void keep(int task, Waiting waiting) {
			if (task < this.kept.length()) {
				this.kept.set(task, waiting.answer(task));
			}
		}

		List<String> list() {
			List<String> list = new ArrayList<>();
			for (int i = 0; i < this.kept.length(); i++) {
				String answer = this.kept.get(i);
				if (answer != null) {
					list.add(answer);
				}
			}
			return list;
		}

	}

}
