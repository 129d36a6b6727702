package org.concurrency.lab.experiment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;

/**
 * What an experiment sees of the engine while it runs: the factories its threads and
 * child JVMs must come from (so they are counted and none outlives the run), the clock
 * its tasks are timed by, and its deadline.
 */
public final class RunContext {

	private final ExperimentEngine engine;

	private final String experiment;

	private final String method;

	private final LabLimits limits;

	private final Measurement start;

	private final Duration timeout;

	private final long deadlineNanos;

	private final ThreadTracker threads;

	private final ChildJvms processes;

	private final Timeline timeline;

	private volatile boolean stopped;

	private volatile @Nullable String note;

	private volatile @Nullable Thread main;

	private final List<RunContext> parts = new CopyOnWriteArrayList<>();

	RunContext(ExperimentEngine engine, String experiment, String method, LabLimits limits, Duration timeout) {
		this.engine = engine;
		this.experiment = experiment;
		this.method = method;
		this.limits = limits;
		this.start = Measurement.take();
		this.timeout = timeout;
		this.deadlineNanos = this.start.nanoTime() + timeout.toNanos();
		this.threads = new ThreadTracker(limits.platformThreads());
		this.processes = new ChildJvms(limits.processes());
		this.timeline = new Timeline(limits.timelineEntries(), this.start.nanoTime(), Instant.now());
	}

	public String experiment() {
		return this.experiment;
	}

	public String method() {
		return this.method;
	}

	public LabLimits limits() {
		return this.limits;
	}

	/** Platform threads named {@code prefix0}, {@code prefix1}, … */
	public ThreadFactory platformThreads(String prefix) {
		return this.threads.platform(prefix);
	}

	/** Virtual threads named {@code prefix0}, {@code prefix1}, … */
	public ThreadFactory virtualThreads(String prefix) {
		return this.threads.virtual(prefix);
	}

	/** Workers for a {@link ForkJoinPool} of this run. */
	public ForkJoinPool.ForkJoinWorkerThreadFactory forkJoinWorkers(String prefix) {
		return this.threads.forkJoin(prefix);
	}

	/** The launcher of this run's child JVMs. */
	public ChildJvms processes() {
		return this.processes;
	}

	/** Runs one task on the calling thread and records it in the timeline. */
	public <T> T task(int index, Callable<T> work) throws Exception {
		TaskClock clock = begin(index);
		T result = work.call();
		clock.end();
		return result;
	}

	/**
	 * Starts timing a task that may end on another thread than it began on (a callback);
	 * the timeline names the thread that ends it.
	 */
	public TaskClock begin(int index) {
		return new TaskClock(index, System.nanoTime());
	}

	/** Records a task that ran elsewhere, in a child JVM, by the shared wall clock. */
	public void record(int index, String worker, Instant start, Instant end) {
		this.timeline.add(index, () -> new TimelineEntry(index, worker, false, null, this.timeline.sinceStart(start),
				this.timeline.sinceStart(end)));
	}

	/** Tasks finished so far. */
	public int completedTasks() {
		return this.timeline.completed();
	}

	/** The one line the report's {@code note} carries: what this run shows and why. */
	public void note(String note) {
		this.note = note;
	}

	/** Time left before the deadline. */
	public Duration remaining() {
		return Duration.ofNanos(Math.max(0, this.deadlineNanos - System.nanoTime()));
	}

	/**
	 * Throws if the run was stopped: for loops that do not block and so cannot see an
	 * interrupt by themselves.
	 */
	public void checkStopped() {
		if (this.stopped || Thread.currentThread().isInterrupted()) {
			throw new CancellationException(this.experiment + "/" + this.method + " was stopped");
		}
	}

	/**
	 * Runs another experiment as a part of this one (a method inside a comparison), on
	 * its own main thread, measured and reported on its own, within {@code timeout}.
	 */
	public <P, R> Report<P, R> runPart(String method, P params, Experiment<P, R> body, Duration timeout) {
		return this.engine.runPart(this, method, params, body, timeout);
	}

	/**
	 * The clocks and heap when the run began: the origin of its timeline and duration.
	 */
	Measurement start() {
		return this.start;
	}

	Duration timeout() {
		return this.timeout;
	}

	void attachMain(Thread main) {
		this.main = main;
	}

	void addPart(RunContext part) {
		this.parts.add(part);
	}

	long childCpuNanos() {
		return this.processes.cpuNanos() + this.parts.stream().mapToLong(RunContext::childCpuNanos).sum();
	}

	Report.ThreadCounts threadCounts() {
		Report.ThreadCounts counts = new Report.ThreadCounts(this.threads.platformStarted(),
				this.threads.virtualStarted(), this.threads.platformPeak());
		for (RunContext part : this.parts) {
			Report.ThreadCounts more = part.threadCounts();
			counts = new Report.ThreadCounts(counts.platformStarted() + more.platformStarted(),
					counts.virtualStarted() + more.virtualStarted(),
					Math.max(counts.platformPeak(), more.platformPeak()));
		}
		return counts;
	}

	Report.ProcessCounts processCounts() {
		List<Long> pids = new ArrayList<>(this.processes.pids());
		List<Double> startups = new ArrayList<>(
				this.processes.startups().stream().map((startup) -> startup.toNanos() / 1e6).toList());
		for (RunContext part : this.parts) {
			Report.ProcessCounts more = part.processCounts();
			pids.addAll(more.pids());
			startups.addAll(more.startupMs());
		}
		return new Report.ProcessCounts(pids.size(), pids, startups);
	}

	@Nullable String noteOrNull() {
		return this.note;
	}

	ThreadTracker threads() {
		return this.threads;
	}

	Timeline timeline() {
		return this.timeline;
	}

	/**
	 * Interrupts every thread and destroys every child JVM of the run and of its parts:
	 * the main thread may be blocked reading from a child, which no interrupt reaches.
	 */
	void stop() {
		this.stopped = true;
		this.parts.forEach(RunContext::stop);
		Thread main = this.main;
		if (main != null) {
			main.interrupt();
		}
		this.threads.interruptAll();
		this.processes.destroyNow();
	}

	boolean stopped() {
		return this.stopped;
	}

	/** The start of a task in flight. */
	public final class TaskClock {

		private final int index;

		private final long startNanos;

		private TaskClock(int index, long startNanos) {
			this.index = index;
			this.startNanos = startNanos;
		}

		/** Ends the task on the calling thread. */
		public void end() {
			record(null);
		}

		/**
		 * Ends a task that ran only part of its span, {@code busy} in all (a thread that
		 * computed only while it held the simulated GIL).
		 */
		public void end(Duration busy) {
			record(busy.toNanos() / 1e6);
		}

		private void record(@Nullable Double busyMs) {
			Timeline timeline = RunContext.this.timeline;
			long endNanos = System.nanoTime();
			timeline.add(this.index,
					() -> TimelineEntry.onCurrentThread(this.index, timeline.sinceStart(this.startNanos),
							timeline.sinceStart(endNanos), (busyMs != null) ? Math.round(busyMs * 10) / 10.0 : null));
		}

	}

}
