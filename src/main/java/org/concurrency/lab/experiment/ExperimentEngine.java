package org.concurrency.lab.experiment;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs experiments: each on a main thread of its own, under the lab's limits and
 * deadline, measured, and cleaned up — every thread it started joined and every child JVM
 * destroyed — before its {@link Report} is returned and published to the metrics.
 */
@Component
public class ExperimentEngine implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ExperimentEngine.class);

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

	public ExperimentEngine(LabLimits limits, ApplicationEventPublisher events) {
		this.limits = limits;
		this.events = events;
		this.permits = new Semaphore(limits.concurrentExperiments());
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
		check(variant, request).throwIfAny();
		return start(variant.topic(), variant.label(), request, variant::run, variant::note);
	}

	/**
	 * The limits {@code request} breaks for {@code variant}: its own and the variant's.
	 */
	<P extends LabRequest> LimitCheck check(Variant<P, ?> variant, P request) {
		LimitCheck check = new LimitCheck(this.limits, request.getClass());
		request.check(check);
		if (check.passed()) {
			variant.check(request, check);
		}
		return check;
	}

	/**
	 * Runs one experiment to its end or its deadline.
	 * @deprecated topics run a {@link Variant} with {@link #run(Variant, LabRequest)}
	 */
	@Deprecated
	public <P, R> Report<P, R> run(String experiment, String method, P params, Experiment<P, R> body) {
		return start(experiment, method, params, body, null);
	}

	private <P, R> Report<P, R> start(String experiment, String method, P params, Experiment<P, R> body,
			@Nullable BiFunction<P, R, String> note) {
		if (!this.accepting || !this.permits.tryAcquire()) {
			this.events.publishEvent(new ExperimentRejected(experiment, method));
			throw new ExperimentsBusyException(this.running.size(), retryAfter());
		}
		RunContext context = new RunContext(this, experiment, method, this.limits, this.limits.deadline());
		this.running.add(context);
		try {
			return execute(context, params, body, note);
		}
		finally {
			this.running.remove(context);
			this.permits.release();
		}
	}

	/**
	 * A part of a larger run (a variant inside a comparison), with a deadline of its own.
	 */
	<P extends LabRequest, R> Report<P, R> runPart(RunContext parent, Variant<P, R> variant, P request,
			Duration timeout) {
		RunContext part = new RunContext(this, parent.experiment(), variant.label(), this.limits, timeout);
		parent.addPart(part);
		return execute(part, request, variant::run, variant::note);
	}

	/**
	 * A part of a larger run, with a deadline of its own.
	 * @deprecated run a {@link Variant}
	 */
	@Deprecated
	<P, R> Report<P, R> runPart(RunContext parent, String method, P params, Experiment<P, R> body, Duration timeout) {
		RunContext part = new RunContext(this, parent.experiment(), method, this.limits, timeout);
		parent.addPart(part);
		return execute(part, params, body, null);
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
			.map(RunContext::left)
			.min(Duration::compareTo)
			.map((remaining) -> Duration.ofSeconds(Math.max(1, (remaining.toMillis() + 999) / 1000)))
			.orElse(Duration.ofSeconds(1));
	}

	private <P, R> Report<P, R> execute(RunContext context, P params, Experiment<P, R> body,
			@Nullable BiFunction<P, R, String> note) {
		CompletableFuture<R> outcome = new CompletableFuture<>();
		Thread main = Thread.ofPlatform().name(context.experiment() + "/" + context.method()).unstarted(() -> {
			try {
				outcome.complete(body.run(params, context));
			}
			catch (Throwable ex) {
				// wrapped, or get() below would take a bounded wait's
				// CancellationException
				// for the cancellation of the future itself, and throw it
				outcome.completeExceptionally(new CompletionException(ex));
			}
		});
		context.attachMain(main);
		main.start();
		RunStatus status;
		R result = null;
		Throwable failure = null;
		try {
			result = outcome.get(context.left().toNanos(), TimeUnit.NANOSECONDS);
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
					: context.left().isZero() ? RunStatus.TIMED_OUT : RunStatus.FAILED;
		}
		boolean clean = cleanUp(context, main, status != RunStatus.COMPLETED);
		if (failure instanceof LimitExceededException limitExceeded) {
			throw limitExceeded;
		}
		if (status == RunStatus.COMPLETED && note != null && result != null) {
			context.keepNote(note.apply(params, result));
		}
		Report<P, R> report = report(context, params, Measurement.take(), status, result, failure, clean);
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
				while (main.isAlive() && System.nanoTime() < deadline) {
					context.stop(); // again and again: see RESTOP
					main.join(RESTOP);
				}
			}
			List<Long> leftProcesses = context.processes().destroyAll(grace);
			main.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
			List<Thread> leftThreads = context.threads().awaitAll(grace);
			clean = !main.isAlive() && leftThreads.isEmpty() && leftProcesses.isEmpty();
			if (!clean) {
				logger.error(context.experiment() + "/" + context.method() + " left threads " + leftThreads
						+ " and processes " + leftProcesses + " running after " + grace);
			}
		}
		catch (InterruptedException ex) {
			interrupted = true;
		}
		finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
		return clean;
	}

	private <P, R> Report<P, R> report(RunContext context, P params, Measurement after, RunStatus status,
			@Nullable R result, @Nullable Throwable failure, boolean clean) {
		Measurement before = context.start();
		double durationMs = (after.nanoTime() - before.nanoTime()) / 1e6;
		double cpuMs = (after.cpuNanos() - before.cpuNanos() + context.childCpuNanos()) / 1e6;
		Timeline timeline = context.timeline();
		return new Report<>(context.experiment(), context.method(), params, round(durationMs / 1000, 4),
				round(durationMs, 1), round(cpuMs, 1), context.threadCounts(), context.processCounts(),
				round((after.heapUsed() - before.heapUsed()) / (1024.0 * 1024.0), 1), timeline.entries(),
				timeline.truncated(), context.completedTasks(), note(context, status, failure, clean), status, result);
	}

	private String note(RunContext context, RunStatus status, @Nullable Throwable failure, boolean clean) {
		String note = context.noteOrNull();
		String ended = clean ? "every thread and process it started was ended."
				: "some of its threads or processes could not be ended (see the lab's log).";
		return switch (status) {
			case COMPLETED -> (note != null) ? note : "";
			case TIMED_OUT -> "Stopped at its deadline of " + context.timeout().toMillis()
					+ " ms (set by lab.limits.deadline) with " + context.completedTasks() + " tasks finished; " + ended;
			case CANCELLED -> "Stopped because the lab is shutting down, with " + context.completedTasks()
					+ " tasks finished; " + ended;
			case FAILED -> "Failed: " + ((failure != null) ? failure.getMessage() : "unknown error");
		};
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
