package org.concurrency.lab.cpubound;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

import org.concurrency.lab.experiment.ChildJvm;
import org.concurrency.lab.experiment.Comparison;
import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;
import org.concurrency.lab.experiment.RunContext;
import org.concurrency.lab.experiment.TopicName;
import org.concurrency.lab.experiment.Variant;
import org.concurrency.lab.experiment.WorkerMain;

/**
 * The ways to run the same computing tasks. Each gives the same {@code result}; what
 * differs is how many cores do the work at once.
 */
@TopicName("cpu-bound")
enum CpuBoundVariant implements Variant<CpuBoundRequest, CpuBoundResult> {

	/** One task after another on the run's main thread: the baseline. */
	@Endpoint(label = "sequential", summary = "One task after another on one thread: the baseline")
	SEQUENTIAL {
		@Override
		public CpuBoundResult run(CpuBoundRequest request, RunContext context) throws Exception {
			long combined = 0;
			for (int task = 0; task < request.iterations(); task++) {
				combined = HashChain.combine(combined, digest(task, request, context));
			}
			return new CpuBoundResult(HashChain.result(combined), request.iterations());
		}

		@Override
		public String note(CpuBoundRequest request, CpuBoundResult result) {
			return "One task after another on one thread: the baseline the other methods are measured against.";
		}
	},

	/**
	 * A fixed pool of platform threads: in Java they run in parallel, there is no GIL.
	 */
	@Endpoint(label = "threading", summary = "A pool of platform threads: in Java they compute in parallel (no GIL)")
	THREADING {
		@Override
		public CpuBoundResult run(CpuBoundRequest request, RunContext context) throws Exception {
			try (ExecutorService pool = Executors.newFixedThreadPool(request.parallelism(),
					context.platformThreads("worker-"))) {
				long combined = onExecutor(pool, request, context);
				return new CpuBoundResult(HashChain.result(combined), request.iterations());
			}
		}

		@Override
		public String note(CpuBoundRequest request, CpuBoundResult result) {
			return request.parallelism() + " platform threads computed at once on " + cores()
					+ " cores: Java has no GIL, so threads share CPU work and finish sooner.";
		}
	},

	/** Child JVMs, each computing its share and answering over its standard output. */
	@Endpoint(label = "multiprocessing", summary = "Child JVMs, each computing its share and answering over stdout")
	MULTIPROCESSING {
		@Override
		public CpuBoundResult run(CpuBoundRequest request, RunContext context) throws Exception {
			int processes = request.parallelism();
			List<ChildJvm> children = new ArrayList<>();
			for (int child = 0; child < processes; child++) {
				List<String> args = new ArrayList<>(List.of(Long.toString(request.work())));
				for (int task = child; task < request.iterations(); task += processes) {
					args.add(Integer.toString(task));
				}
				children.add(context.processes().start(HashChainWorker.class, args.toArray(String[]::new)));
			}
			long combined = 0;
			for (ChildJvm child : children) {
				combined = HashChain.combine(combined, collect(child, context));
			}
			for (ChildJvm child : children) {
				int exitCode = context.awaitExit(child);
				if (exitCode != 0) {
					throw new IllegalStateException("child JVM " + child.pid() + " exited with code " + exitCode);
				}
			}
			return new CpuBoundResult(HashChain.result(combined), request.iterations());
		}

		@Override
		public void check(CpuBoundRequest request, LimitCheck check) {
			check.atMost("workers", request.parallelism(), Limit.PROCESSES);
		}

		@Override
		public String note(CpuBoundRequest request, CpuBoundResult result) {
			return request.parallelism() + " child JVMs computed their share and answered over stdout: parallel like "
					+ "threads, but each paid for starting a JVM and shares no memory with the lab.";
		}

		private long collect(ChildJvm child, RunContext context) {
			long combined = 0;
			String line;
			while ((line = child.readLine()) != null) {
				String[] fields = line.split(" "); // task <index> <start> <end> <digest>
				context.record(Integer.parseInt(fields[1]), child.name(), WorkerMain.instant(Long.parseLong(fields[2])),
						WorkerMain.instant(Long.parseLong(fields[3])));
				combined = HashChain.combine(combined, Long.parseLong(fields[4]));
			}
			return combined;
		}
	},

	/** One virtual thread per task: they compute only on the few carrier threads. */
	@Endpoint(label = "virtual-threads",
			summary = "One virtual thread per task: no faster than the carrier threads under them")
	VIRTUAL_THREADS {
		@Override
		public CpuBoundResult run(CpuBoundRequest request, RunContext context) throws Exception {
			try (ExecutorService executor = Executors.newThreadPerTaskExecutor(context.virtualThreads("virtual-"))) {
				long combined = onExecutor(executor, request, context);
				return new CpuBoundResult(HashChain.result(combined), request.iterations());
			}
		}

		@Override
		public String note(CpuBoundRequest request, CpuBoundResult result) {
			return request.iterations() + " virtual threads shared " + cores()
					+ " carrier threads: for computing work they are no faster than as many platform threads "
					+ "as cores (workers is not used: carriers are set JVM-wide).";
		}
	},

	/** A ForkJoinPool that splits the tasks in halves and lets idle workers steal. */
	@Endpoint(label = "fork-join", summary = "A ForkJoinPool splitting the tasks recursively, with work stealing")
	FORK_JOIN {
		@Override
		public CpuBoundResult run(CpuBoundRequest request, RunContext context) throws Exception {
			try (ForkJoinPool pool = new ForkJoinPool(request.parallelism(), context.forkJoinWorkers("fork-join-"),
					null, false)) {
				long combined = pool.invoke(new ForkJoinSplit(0, request.iterations(), request, context));
				return new CpuBoundResult(HashChain.result(combined), request.iterations());
			}
		}

		@Override
		public String note(CpuBoundRequest request, CpuBoundResult result) {
			return "A ForkJoinPool of " + request.parallelism() + " workers split the tasks in halves and stole "
					+ "work from each other: parallel, with no pool sizing to get wrong.";
		}
	},

	/**
	 * Platform threads that compute only while holding one global lock, as in CPython.
	 */
	@Endpoint(label = "gil-simulated", summary = "Platform threads sharing one global interpreter lock, as in CPython")
	GIL_SIMULATED {
		@Override
		public CpuBoundResult run(CpuBoundRequest request, RunContext context) throws Exception {
			SimulatedGil gil = new SimulatedGil(context.track("GIL holder"));
			try (ExecutorService pool = Executors.newFixedThreadPool(request.parallelism(),
					context.platformThreads("python-"))) {
				List<Future<Long>> digests = new ArrayList<>();
				for (int task = 0; task < request.iterations(); task++) {
					int index = task;
					digests.add(pool.submit(() -> {
						RunContext.TaskClock clock = context.begin(index);
						SimulatedGil.Computed computed = gil.compute(HashChain.seed(index), request.work(),
								request.nativeFraction(), context::checkStopped);
						// the timeline shows how little of its time it ran
						clock.end(computed.held());
						return computed.value();
					}));
				}
				long combined = combineAll(digests, context);
				return new CpuBoundResult(HashChain.result(combined), request.iterations(), cores(),
						gil.stats(request.nativeFraction(), request.parallelism(), cores()));
			}
		}

		@Override
		public String note(CpuBoundRequest request, CpuBoundResult result) {
			SimulatedGil.Stats stats = result.gil();
			if (stats == null) {
				return "";
			}
			String turns = request.parallelism() + " threads took turns holding one global lock, switching every "
					+ stats.switchIntervalMs() + " ms as CPython does: " + stats.switches() + " switches";
			if (request.nativeFraction() == 0) {
				return turns + ", and no faster than one thread.";
			}
			return turns + " for the " + Math.round((1 - request.nativeFraction()) * 100) + "% of each task under the "
					+ "lock; the other " + Math.round(request.nativeFraction() * 100)
					+ "% ran with it released, as NumPy's C code does. Amdahl's law bounds the gain over one thread "
					+ "at 1 ÷ ((1 − f) + f ÷ n) = " + stats.amdahlSpeedup() + "× here (f = " + request.nativeFraction()
					+ ", n = " + Math.min(request.parallelism(), cores()) + "): the part under the lock stays serial.";
		}
	};

	/** Every variant against sequential, each run showing the result it computed. */
	static final Comparison<CpuBoundRequest> COMPARE = Comparison
		.of(List.of(values()),
				(CpuBoundRequest request, Comparison.Result result) -> "The same tasks six ways on " + cores()
						+ " cores: threads, fork-join and child JVMs use every core; the simulated GIL lets one "
						+ "thread compute at a time, as CPython does.")
		.showing((result) -> (result instanceof CpuBoundResult computed) ? computed.result() : null);

	private static int cores() {
		return Runtime.getRuntime().availableProcessors();
	}

	static long digest(int task, CpuBoundRequest request, RunContext context) throws Exception {
		return context.task(task, () -> HashChain.digest(task, request.work(), context::checkStopped));
	}

	private static long onExecutor(ExecutorService executor, CpuBoundRequest request, RunContext context)
			throws Exception {
		List<Future<Long>> digests = new ArrayList<>();
		for (int task = 0; task < request.iterations(); task++) {
			int index = task;
			digests.add(executor.submit(() -> digest(index, request, context)));
		}
		return combineAll(digests, context);
	}

	private static long combineAll(List<Future<Long>> digests, RunContext context) throws Exception {
		long combined = 0;
		for (Future<Long> digest : digests) {
			combined = HashChain.combine(combined, context.get(digest));
		}
		return combined;
	}

}
