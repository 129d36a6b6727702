package org.concurrency.lab.experiment;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;

/**
 * What a variant sees of the engine while it runs: the factories its threads and child
 * JVMs must come from (so they are counted and none outlives the run), the clock its
 * tasks are timed by, and every wait it may make, each bounded by the run's deadline. It
 * is longer than most classes because it is the one place a topic looks for all of these:
 * a wait that reaches the deadline throws a {@link CancellationException}, and the engine
 * reports the run {@code timed_out}.
 */
public final class RunContext {

	private final ExperimentEngine engine;

	private final String topic;

	private final String variant;

	private final LabLimits limits;

	private final Measurement start;

	private final Duration timeout;

	private final long deadlineNanos;

	private final ThreadTracker threads;

	private final ChildJvms processes;

	private final Timeline timeline;

	/** The clock of every task past those the timeline keeps: it only counts them. */
	private final TaskClock counted;

	private final AtomicLong reservedHeap = new AtomicLong();

	private volatile boolean stopped;

	private volatile @Nullable Thread main;

	private final List<RunContext> parts = new CopyOnWriteArrayList<>();

	private final List<Track> tracks = new CopyOnWriteArrayList<>();

	private final List<Path> directories = new CopyOnWriteArrayList<>();

	private final String runId;

	private final Instant startedAt;

	private final ThreadWatch watch;

	private final boolean part;

	/**
	 * A run of its own, its threads' states watched.
	 * @param observer told of each timeline entry as its task ends
	 */
	RunContext(ExperimentEngine engine, String runId, String topic, String variant, LabLimits limits, Duration timeout,
			RunObserver observer) {
		this(engine, runId, topic, variant, limits, timeout, observer, null);
	}

	/** A part of {@code parent}'s run: its threads watched as the parent's. */
	RunContext(RunContext parent, String variant, Duration timeout) {
		this(parent.engine, parent.runId, parent.topic, variant, parent.limits, timeout, RunObserver.NONE, parent);
	}

	private RunContext(ExperimentEngine engine, String runId, String topic, String variant, LabLimits limits,
			Duration timeout, RunObserver observer, @Nullable RunContext parent) {
		this.engine = engine;
		this.runId = runId;
		this.topic = topic;
		this.variant = variant;
		this.limits = limits;
		this.start = Measurement.take();
		this.startedAt = Instant.now();
		this.timeout = timeout;
		this.deadlineNanos = this.start.nanoTime() + timeout.toNanos();
		this.timeline = new Timeline(limits.timelineEntries(), this.start.nanoTime(), this.startedAt, observer::task);
		this.counted = new TaskClock(limits.timelineEntries(), 0);
		this.watch = (parent != null) ? parent.watch
				: new ThreadWatch(limits.watchedThreads(), this.timeline::sinceStart);
		this.part = parent != null;
		this.threads = new ThreadTracker(limits.platformThreads(), this.watch);
		this.processes = new ChildJvms(limits.processes());
	}

	/**
	 * The run's id, as the report's {@code run_id} and {@code GET /runs/{id}} name it.
	 */
	public String runId() {
		return this.runId;
	}

	/** The run's topic, as the report's {@code experiment} names it. */
	public String topic() {
		return this.topic;
	}

	/** The run's variant, as the report's {@code method} names it. */
	public String variant() {
		return this.variant;
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
		if (!this.timeline.keeps(index)) {
			return this.counted; // only counted: a million waiting tasks hold no clock
									// each
		}
		return new TaskClock(index, System.nanoTime());
	}

	/** Records a task that ran elsewhere, in a child JVM, by the shared wall clock. */
	public void record(int index, String worker, Instant start, Instant end) {
		this.timeline.add(index, () -> new TimelineEntry(index, worker, false, null, this.timeline.sinceStart(start),
				this.timeline.sinceStart(end)));
	}

	/**
	 * Records a task that ran on a virtual thread of a child JVM, by the shared wall
	 * clock, with the carrier it ended on there.
	 */
	public void record(int index, String worker, String carrier, Instant start, Instant end) {
		this.timeline.add(index, () -> new TimelineEntry(index, worker, true, carrier, this.timeline.sinceStart(start),
				this.timeline.sinceStart(end)));
	}

	/**
	 * A lane of this run's own beside its threads, in the report and the trace: who held
	 * something, when.
	 */
	public Track track(String name) {
		Track track = new Track(name, this.timeline::sinceStart);
		this.tracks.add(track);
		return track;
	}

	/** Milliseconds since the run began: the origin of its timeline. */
	public double elapsedMs() {
		return Millis.since(this.start.nanoTime());
	}

	/**
	 * A new temporary directory, deleted with all in it when the run is over, whatever
	 * happened (a child JVM's files, say, that a child ended at the deadline cannot
	 * remove).
	 */
	public Path temporaryDirectory(String prefix) throws IOException {
		Path directory = Files.createTempDirectory(prefix);
		this.directories.add(directory);
		return directory;
	}

	/**
	 * Deletes the run's temporary directories: the engine's, once its processes ended.
	 */
	void deleteDirectories() {
		this.directories.forEach(WorkerLaunch::deleteTree);
		this.directories.clear();
	}

	/**
	 * Reserves the heap the run will hold, until it ends: the engine's, before the run
	 * starts. Refused, like a limit, with a {@code 400} naming the request's field if the
	 * heap cannot hold it even with no other run; with {@link HeapBusyException} if it
	 * could once the runs holding heap now have ended.
	 */
	void reserveHeap(HeapNeed need) {
		if (need.bytes() <= 0) {
			return;
		}
		if (!HeapBudget.reserve(need.bytes())) {
			if (HeapBudget.fitsWhenIdle(need.bytes())) {
				throw new HeapBusyException(need.field() + " = " + need.count() + " needs about " + (need.bytes() >> 20)
						+ " MB of heap while it runs, which other runs hold now");
			}
			throw new LimitExceededException(List.of(new Violation(need.field(), need.count(),
					HeapBudget.refusal(1, need.count(), need.bytesEach()), "-Xmx")));
		}
		this.reservedHeap.addAndGet(need.bytes());
	}

	/** The heap a run needs is held by other runs now: it may be tried again later. */
	static final class HeapBusyException extends RuntimeException {

		HeapBusyException(String message) {
			super(message);
		}

	}

	/**
	 * Collects the heap before a run that will hold much of it, if that helps and pauses
	 * no one: when no other run holds a promise of heap, and the young generation's size
	 * was set on the command line (a JVM that sizes it itself shrinks it after a full
	 * collection, and the run would then meet more young collections, not fewer).
	 * @return the milliseconds it took, 0 if it did not collect
	 */
	public long collectFirst() {
		if (!HeapBudget.youngFixed() || !HeapBudget.onlyReservation(this.reservedHeap.get())) {
			return 0;
		}
		long start = System.nanoTime();
		System.gc();
		return Math.round(Millis.since(start));
	}

	/**
	 * Waits, within the deadline, for the JIT's warm-up that starts with the lab
	 * ({@code lab.warm-up}): for a run of a great many sleeping virtual threads made
	 * right after the lab came up. Returns at once once it has ended, or without one.
	 */
	public void awaitWarmUp() throws InterruptedException {
		VirtualThreadWarmUp.awaitDone(remaining());
	}

	/** Gives back the heap the run reserved: the engine's, when the run has ended. */
	void releaseHeap() {
		long held = this.reservedHeap.getAndSet(0);
		if (held > 0) {
			HeapBudget.release(held);
		}
	}

	/** Tasks finished so far. */
	public int completedTasks() {
		return this.timeline.completed();
	}

	/**
	 * Time left before the deadline: for the engine; a variant waits with the waits
	 * below.
	 */
	Duration remaining() {
		return Duration.ofNanos(Math.max(0, this.deadlineNanos - System.nanoTime()));
	}

	/** The lab's own address, for tasks that call it over loopback, once it listens. */
	public Optional<URI> labAddress() {
		return this.engine.address();
	}

	// Waits, each ending at the deadline with a CancellationException

	/**
	 * A patience of the variant's own, cut short by the deadline: for a wait that may
	 * give up and go on ({@code tryLock(within(patience))}).
	 */
	public Duration within(Duration patience) {
		Duration left = remaining();
		return (patience.compareTo(left) <= 0) ? patience : left;
	}

	/** Waits for the latch to reach zero. */
	public void await(CountDownLatch latch) throws InterruptedException {
		if (!latch.await(nanosLeft(), TimeUnit.NANOSECONDS)) {
			throw reached("a latch");
		}
	}

	/**
	 * Waits for every party at the barrier.
	 * @return the arrival index, as {@link CyclicBarrier#await()} returns it
	 */
	public int await(CyclicBarrier barrier) throws InterruptedException, BrokenBarrierException {
		try {
			return barrier.await(nanosLeft(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			throw reached("a barrier");
		}
	}

	/**
	 * Waits on a condition, its lock held, until signalled (or woken spuriously: call it
	 * in a loop that tests what it waits for).
	 */
	public void await(Condition condition) throws InterruptedException {
		if (condition.awaitNanos(nanosLeft()) <= 0) {
			throw reached("a signal");
		}
	}

	/** Waits until {@code condition} holds, looking every millisecond. */
	public void until(BooleanSupplier condition) throws InterruptedException {
		while (!condition.getAsBoolean()) {
			if (remaining().isZero()) {
				throw reached("a handshake");
			}
			Thread.sleep(1);
		}
	}

	/** Sleeps for {@code duration}, or until the deadline if that comes first. */
	public void sleep(Duration duration) throws InterruptedException {
		Thread.sleep(within(duration));
	}

	/** Puts an item in the queue, waiting for room. */
	public <E> void offer(BlockingQueue<E> queue, E item) throws InterruptedException {
		if (!queue.offer(item, nanosLeft(), TimeUnit.NANOSECONDS)) {
			throw reached("room in a queue");
		}
	}

	/** Takes an item from the queue, waiting for one. */
	public <E> E take(BlockingQueue<E> queue) throws InterruptedException {
		E item = queue.poll(nanosLeft(), TimeUnit.NANOSECONDS);
		if (item == null) {
			throw reached("an item");
		}
		return item;
	}

	/** The task's value; its failure rethrown as the task threw it. */
	public <T> T get(Future<T> future) throws Exception {
		try {
			return future.get(nanosLeft(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			throw reached("a task");
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof Exception cause) ? cause : ex;
		}
	}

	/** Waits for the thread to end. */
	public void join(Thread thread) throws InterruptedException {
		if (!thread.join(remaining())) {
			throw reached("a thread to end");
		}
	}

	/**
	 * Waits for the child JVM to exit.
	 * @return its exit code
	 */
	public int awaitExit(ChildJvm child) throws InterruptedException {
		return child.awaitExit(remaining());
	}

	/** Takes the lock, waiting for it. */
	public void lock(Lock lock) throws InterruptedException {
		if (!lock.tryLock(nanosLeft(), TimeUnit.NANOSECONDS)) {
			throw reached("a lock");
		}
	}

	/** Takes a permit, waiting for one. */
	public void acquire(Semaphore permits) throws InterruptedException {
		if (!permits.tryAcquire(nanosLeft(), TimeUnit.NANOSECONDS)) {
			throw reached("a permit");
		}
	}

	/**
	 * A gate that holds {@code workers} until all are ready, then lets them go at once.
	 */
	public StartGate startGate(int workers) {
		return new StartGate(this, workers);
	}

	/**
	 * The names of this run's threads (all but its main thread) still alive once each has
	 * had up to {@code grace} to end: what a variant that says it stopped everything
	 * shows. A pool reports itself terminated just before its last thread has quite
	 * finished, hence the grace.
	 */
	public List<String> threadsAliveAfter(Duration grace) throws InterruptedException {
		return this.threads.aliveAfter(within(grace));
	}

	private long nanosLeft() {
		return remaining().toNanos();
	}

	/** What a wait that reached the deadline throws. */
	public static CancellationException reached(String what) {
		return new CancellationException("the deadline came while waiting for " + what);
	}

	/**
	 * Throws if the run was stopped: for loops that do not block and so cannot see an
	 * interrupt by themselves.
	 */
	public void checkStopped() {
		if (this.stopped || Thread.currentThread().isInterrupted()) {
			throw new CancellationException(this.topic + "/" + this.variant + " was stopped");
		}
	}

	/**
	 * Runs another variant as a part of this run, on its own main thread, measured and
	 * reported on its own, within {@code timeout}.
	 */
	<P extends LabRequest, R> Report<P, R> runPart(Variant<P, R> variant, P request, Duration timeout) {
		return this.engine.runPart(this, variant, request, timeout);
	}

	/** The limits {@code request} breaks for {@code variant}. */
	<P extends LabRequest> LimitCheck check(Variant<P, ?> variant, P request) {
		return this.engine.check(variant, request);
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

	ThreadTracker threads() {
		return this.threads;
	}

	Timeline timeline() {
		return this.timeline;
	}

	Instant startedAt() {
		return this.startedAt;
	}

	List<Track.Spans> tracks() {
		return this.tracks.stream().map(Track::report).toList();
	}

	ThreadWatch watch() {
		return this.watch;
	}

	/** Whether this is a part of a larger run, reported within it. */
	boolean isPart() {
		return this.part;
	}

	/** Where the run stands: tasks done, and time since it began. */
	RunStarted.Progress progress() {
		return new RunStarted.Progress(completedTasks(), elapsedMs());
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
							timeline.sinceStart(endNanos), (busyMs != null) ? Millis.round(busyMs) : null));
		}

	}

}
