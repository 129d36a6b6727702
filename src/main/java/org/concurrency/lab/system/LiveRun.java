package org.concurrency.lab.system;

import java.io.IOException;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.concurrency.lab.experiment.ExperimentFailedException;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunObserver;
import org.concurrency.lab.experiment.RunStarted;
import org.concurrency.lab.experiment.TimelineEntry;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One run streamed as Server-Sent Events: {@code started}, a {@code task} per timeline
 * entry as its task ends, {@code progress} at most every 100 ms, and last the
 * {@code report} (or a {@code problem}, should the run fail after it started). The run
 * goes on its own virtual thread; one sender thread writes every event, so the run's
 * threads only queue them. A request the engine refuses (over a limit, lab busy) is
 * thrown before the stream opens, so it is answered with the same problem as without a
 * stream. A client that goes away stops the events, not the run: it ends as it would have
 * and is kept in the history.
 */
final class LiveRun implements RunObserver {

	private static final Log logger = LogFactory.getLog(LiveRun.class);

	static final Duration EVERY = Duration.ofMillis(100);

	private final SseEmitter emitter;

	private final CompletableFuture<RunStarted> admitted = new CompletableFuture<>();

	private final CompletableFuture<Report<?, ?>> finished = new CompletableFuture<>();

	private final Queue<TimelineEntry> tasks = new ConcurrentLinkedQueue<>();

	private volatile boolean gone;

	private LiveRun(LabLimits limits) {
		// the deadline, and the clean-up's waits of up to a grace each
		this.emitter = new SseEmitter(limits.deadline().plus(limits.grace().multipliedBy(4)).toMillis());
		this.emitter.onCompletion(() -> this.gone = true);
		this.emitter.onError((ex) -> this.gone = true);
		this.emitter.onTimeout(() -> this.gone = true);
	}

	/**
	 * Starts {@code run} and answers its stream once the engine has admitted it.
	 * @throws RuntimeException what the engine threw before the run started (a 4xx)
	 */
	static SseEmitter start(LabLimits limits, Function<RunObserver, Report<?, ?>> run) {
		LiveRun live = new LiveRun(limits);
		Thread.ofVirtual().name("live-run").start(() -> live.execute(() -> run.apply(live)));
		live.awaitAdmission(limits.grace());
		Thread.ofVirtual().name("live-run-events").start(live::send);
		return live.emitter;
	}

	@Override
	public void started(RunStarted started) {
		this.admitted.complete(started);
	}

	@Override
	public void task(TimelineEntry entry) {
		if (!this.gone) {
			this.tasks.add(entry);
		}
	}

	private void execute(Supplier<Report<?, ?>> run) {
		try {
			this.finished.complete(run.get());
		}
		catch (ExperimentFailedException ex) {
			this.finished.complete(ex.report());
		}
		catch (Throwable ex) {
			// refused before it started: awaitAdmission rethrows it; after, the sender
			// ends the stream with a problem event
			this.admitted.completeExceptionally(ex);
			this.finished.completeExceptionally(ex);
		}
	}

	private void awaitAdmission(Duration patience) {
		try {
			this.admitted.get(patience.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException refused) {
				throw refused;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted before the run was admitted", ex);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("the run was not admitted within " + patience, ex);
		}
	}

	/** The sender: every event, from this one thread. */
	private void send() {
		RunStarted started = this.admitted.join();
		event("started", started);
		Supplier<RunStarted.Progress> progress = started.progress();
		Report<?, ?> report = null;
		while (report == null && !this.gone) {
			try {
				report = this.finished.get(EVERY.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException ex) {
				// not yet: tell where it stands
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (ExecutionException ex) {
				logger.error("A live run failed after it started", ex.getCause());
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
						"The run failed after it started; see the lab's log");
				problem.setTitle("The experiment failed");
				event("problem", problem);
				this.emitter.complete();
				return;
			}
			drainTasks();
			event("progress", progress.get());
		}
		if (report != null) {
			event("report", report);
			this.emitter.complete();
		}
	}

	private void drainTasks() {
		TimelineEntry entry;
		while ((entry = this.tasks.poll()) != null) {
			event("task", entry);
		}
	}

	private void event(String name, @Nullable Object data) {
		if (this.gone || data == null) {
			return;
		}
		try {
			this.emitter.send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
		}
		catch (IOException | IllegalStateException ex) {
			// the client went away: its run goes on, and is kept in the history
			logger.debug("A live client went away: " + ex.getMessage());
			this.gone = true;
			this.tasks.clear();
		}
	}

}
