package org.concurrency.lab.experiment;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs experiments: each variant on a main thread of its own, once its request is within
 * the lab's limits, under the lab's deadline, measured, and cleaned up — every thread it
 * started joined and every child JVM destroyed — before its {@link Report} is returned
 * and published to the metrics. It is longer than most classes because the whole life of
 * a run reads here in order: checked, admitted, run, stopped, cleaned up, reported.
 */
@Component
public class ExperimentEngine implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ExperimentEngine.class);

	/**
	 * Samples the thread states of every run, on one daemon thread for the whole lab,
	 * which ends when no run is watched.
	 */
	private static final ScheduledThreadPoolExecutor SAMPLER = sampler();

	/**
	 * How often a run being stopped is interrupted again. One interrupt can be lost: a
	 * {@code ThreadPoolExecutor} worker clears its interrupt flag just before it runs a
	 * task, so a stop that lands then leaves the task running, and the main thread
	 * waiting for it in {@code close()}. Interrupting the main thread again turns that
	 * {@code close()} into a {@code shutdownNow()}.
	 */
	private static final Duration RESTOP = Duration.ofMillis(100);

	private final LabLimits limits;

	private final ApplicationEventPublisher events;

	private final Semaphore permits;

	private final Set<RunContext> running = ConcurrentHashMap.newKeySet();

	private volatile boolean accepting = true;

	private volatile @Nullable URI address;

	private final RunHistory history;

	public ExperimentEngine(LabLimits limits, ApplicationEventPublisher events) {
		this.limits = limits;
		this.events = events;
		this.permits = new Semaphore(limits.concurrentExperiments());
		this.history = new RunHistory(limits.history());
	}

	/** The last runs, for {@code GET /runs}. */
	public RunHistory history() {
		return this.history;
	}

	public LabLimits limits() {
		return this.limits;
	}

	/**
	 * Runs one variant to its end or its deadline, once its request is within the lab's
	 * limits.
	 * @throws LimitExceededException if the request is over a limit; nothing is started
	 * @throws ExperimentsBusyException if the lab already runs as many experiments as it
	 * may
	 * @throws ExperimentFailedException if the variant threw
	 */
	public <P extends LabRequest, R> Report<P, R> run(Variant<P, R> variant, P request) {
		return run(variant, request, RunObserver.NONE);
	}

	/**
	 * Runs one variant as {@link #run(Variant, LabRequest)} does, telling
	 * {@code observer} as it goes: first that it started (once it is within the limits
	 * and admitted), then each task as it ends.
	 */
	public <P extends LabRequest, R> Report<P, R> run(Variant<P, R> variant, P request, RunObserver observer) {
		P filled = LabRequest.withDefaults(request);
		check(variant, filled).throwIfAny();
		return start(variant, filled, observer);
	}

	/**
	 * The limits {@code request} breaks for {@code variant}: its own and the variant's.
	 */
	<P extends LabRequest> LimitCheck check(Variant<P, ?> variant, P request) {
		LimitCheck check = new LimitCheck(this.limits, request.getClass());
		check.fields(request);
		request.check(check);
		if (check.passed()) {
			variant.check(request, check);
		}
		return check;
	}

	private <P extends LabRequest, R> Report<P, R> start(Variant<P, R> variant, P request, RunObserver observer) {
		if (!this.accepting || !this.permits.tryAcquire()) {
			this.events.publishEvent(new ExperimentRejected(variant.topic(), variant.label()));
			throw new ExperimentsBusyException(this.running.size(), retryAfter());
		}
		RunContext context = new RunContext(this, UUID.randomUUID().toString().substring(0, 13), variant.topic(),
				variant.label(), this.limits, this.limits.deadline(), observer);
		this.running.add(context);
		try {
			context.reserveHeap(variant.heapNeed(request));
		}
		catch (LimitExceededException | RunContext.HeapBusyException ex) {
			this.running.remove(context);
			this.permits.release();
			if (ex instanceof RunContext.HeapBusyException busy) {
				this.events.publishEvent(new ExperimentRejected(variant.topic(), variant.label()));
				throw new ExperimentsBusyException(this.running.size(), retryAfter(), busy.getMessage(), "-Xmx");
			}
			throw ex;
		}
		Future<?> sampling = (this.limits.watchedThreads() > 0) ? SAMPLER.scheduleAtFixedRate(context.watch()::sample,
				ThreadWatch.EVERY_MS, ThreadWatch.EVERY_MS, TimeUnit.MILLISECONDS)
				: CompletableFuture.completedFuture(null);
		try {
			observer.started(new RunStarted(context.runId(), context.topic(), context.variant(), request,
					context.timeout().toMillis(), context::progress));
			return execute(context, request, variant);
		}
		finally {
			sampling.cancel(false);
			context.releaseHeap(); // if the run never reached its clean-up
			this.running.remove(context);
			this.permits.release();
		}
	}

	/**
	 * A part of a larger run (a variant inside a comparison), with a deadline of its own.
	 */
	<P extends LabRequest, R> Report<P, R> runPart(RunContext parent, Variant<P, R> variant, P request,
			Duration timeout) {
		RunContext part = new RunContext(parent, variant.label(), timeout);
		try {
			part.reserveHeap(variant.heapNeed(request));
		}
		catch (RunContext.HeapBusyException ex) {
			throw new ExperimentsBusyException(this.running.size(), retryAfter(), ex.getMessage(), "-Xmx");
		}
		parent.addPart(part);
		return execute(part, request, variant);
	}

	/** The lab's own address, once its web server listens. */
	Optional<URI> address() {
		return Optional.ofNullable(this.address);
	}

	@EventListener
	void onListening(WebServerInitializedEvent event) {
		this.address = URI.create("http://127.0.0.1:" + event.getWebServer().getPort());
	}

	private Duration retryAfter() {
		return this.running.stream()
			.map(RunContext::remaining)
			.min(Duration::compareTo)
			.map((remaining) -> Duration.ofSeconds(Math.max(1, (remaining.toMillis() + 999) / 1000)))
			.orElse(Duration.ofSeconds(1));
	}

	private <P extends LabRequest, R> Report<P, R> execute(RunContext context, P params, Variant<P, R> variant) {
		CompletableFuture<R> outcome = new CompletableFuture<>();
		ThreadWatch watch = context.watch();
		Thread main = Thread.ofPlatform().name(context.topic() + "/" + context.variant()).unstarted(() -> {
			watch.started(Thread.currentThread());
			try {
				outcome.complete(variant.run(params, context));
			}
			catch (Throwable ex) {
				// wrapped, or get() below would take a bounded wait's
				// CancellationException
				// for the cancellation of the future itself, and throw it
				outcome.completeExceptionally(new CompletionException(ex));
			}
			finally {
				watch.ended(Thread.currentThread());
			}
		});
		watch.created(main);
		context.attachMain(main);
		main.start();
		RunStatus status;
		R result = null;
		Throwable failure = null;
		try {
			result = outcome.get(context.remaining().toNanos(), TimeUnit.NANOSECONDS);
			status = RunStatus.COMPLETED;
		}
		catch (TimeoutException ex) {
			status = RunStatus.TIMED_OUT;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			status = RunStatus.CANCELLED;
		}
		catch (ExecutionException ex) {
			failure = ex.getCause();
			// a wait bounded by the deadline can give up a moment before this get() does
			status = context.stopped() ? RunStatus.CANCELLED
					: context.remaining().isZero() ? RunStatus.TIMED_OUT : RunStatus.FAILED;
		}
		boolean clean = cleanUp(context, main, status != RunStatus.COMPLETED);
		if (failure instanceof LimitExceededException limitExceeded) {
			throw limitExceeded;
		}
		if (failure instanceof PreviewUnavailableException unavailable) {
			throw unavailable;
		}
		String lesson = (status == RunStatus.COMPLETED && result != null) ? variant.note(params, result) : null;
		Report<P, R> report = report(context, params, Measurement.take(), status, result, lesson, failure, clean);
		if (!context.isPart()) {
			this.history.add(report);
		}
		this.events.publishEvent(new RunFinished(report, context.threads().platformStarted(),
				context.threads().virtualStarted(), context.processes().spawned()));
		if (status == RunStatus.FAILED) {
			throw new ExperimentFailedException(report, failure);
		}
		return report;
	}

	/**
	 * Ends what the run left running: its main thread, its threads, its child JVMs.
	 * @return whether all of them ended within the grace period
	 */
	private boolean cleanUp(RunContext context, Thread main, boolean stop) {
		boolean interrupted = Thread.interrupted();
		boolean clean = false;
		try {
			Duration grace = this.limits.grace();
			long deadline = System.nanoTime() + grace.toNanos();
			if (stop) {
				// even when the main thread has already ended (a wait of its own gave up
				// at the deadline), its threads may still run
				do {
					context.stop(); // again and again: see RESTOP
					main.join(RESTOP);
				}
				while (main.isAlive() && System.nanoTime() < deadline);
			}
			List<Long> leftProcesses = context.processes().destroyAll(grace);
			context.deleteDirectories();
			main.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
			List<Thread> leftThreads = context.threads().awaitAll(grace);
			clean = !main.isAlive() && leftThreads.isEmpty() && leftProcesses.isEmpty();
			if (!clean) {
				logger.error(context.topic() + "/" + context.variant() + " left threads " + leftThreads
						+ " and processes " + leftProcesses + " running after " + grace);
			}
		}
		catch (InterruptedException ex) {
			interrupted = true;
		}
		finally {
			context.releaseHeap();
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
		return clean;
	}

	private <P, R> Report<P, R> report(RunContext context, P params, Measurement after, RunStatus status,
			@Nullable R result, @Nullable String lesson, @Nullable Throwable failure, boolean clean) {
		Measurement before = context.start();
		double durationMs = (after.nanoTime() - before.nanoTime()) / 1e6;
		double cpuMs = (after.cpuNanos() - before.cpuNanos() + context.childCpuNanos()) / 1e6;
		Timeline timeline = context.timeline();
		return new Report<>(context.topic(), context.variant(), params, round(durationMs / 1000, 4),
				Millis.round(durationMs), Millis.round(cpuMs), context.threadCounts(), context.processCounts(),
				round((after.heapUsed() - before.heapUsed()) / (1024.0 * 1024.0), 1), timeline.entries(),
				timeline.truncated(), context.completedTasks(), note(context, status, lesson, failure, clean), status,
				result, context.runId(), context.startedAt(),
				Report.Links.of(context.runId(), context.topic(), context.variant()),
				context.isPart() ? null : context.watch().report(), context.tracks());
	}

	private String note(RunContext context, RunStatus status, @Nullable String lesson, @Nullable Throwable failure,
			boolean clean) {
		String ended = clean ? "every thread and process it started was ended."
				: "some of its threads or processes could not be ended (see the lab's log).";
		return switch (status) {
			case COMPLETED -> (lesson != null) ? lesson : "";
			case TIMED_OUT -> "Stopped at its deadline of " + context.timeout().toMillis()
					+ " ms (set by lab.limits.deadline) with " + context.completedTasks() + " tasks finished; " + ended;
			case CANCELLED -> "Stopped because the lab is shutting down, with " + context.completedTasks()
					+ " tasks finished; " + ended;
			case FAILED -> "Failed: " + ((failure != null) ? failure.getMessage() : "unknown error");
		};
	}

	private static ScheduledThreadPoolExecutor sampler() {
		ScheduledThreadPoolExecutor sampler = new ScheduledThreadPoolExecutor(1,
				Thread.ofPlatform().name("lab-thread-states").daemon().factory());
		sampler.setRemoveOnCancelPolicy(true);
		sampler.setKeepAliveTime(1, TimeUnit.SECONDS);
		sampler.allowCoreThreadTimeOut(true);
		return sampler;
	}

	static double round(double value, int decimals) {
		double scale = Math.pow(10, decimals);
		return Math.round(value * scale) / scale;
	}

	@Override
	public void start() {
		this.accepting = true;
	}

	/** Stops every running experiment: the server is shutting down. */
	@Override
	public void stop() {
		this.accepting = false;
		long deadline = System.nanoTime() + this.limits.grace().toNanos();
		while (!this.running.isEmpty() && System.nanoTime() < deadline) {
			this.running.forEach(RunContext::stop); // again and again: see RESTOP
			try {
				Thread.sleep(RESTOP);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.accepting;
	}

	/** Experiments running now. */
	public int runningCount() {
		return this.running.size();
	}

}
