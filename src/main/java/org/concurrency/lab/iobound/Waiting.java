package org.concurrency.lab.iobound;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.concurrency.lab.experiment.RunContext;
import org.jspecify.annotations.Nullable;

/**
 * How one run's tasks wait: by sleeping, or by a real HTTP call to the lab's own
 * {@code GET /io/delay} over loopback. Blocking ({@link #block}) for the thread methods,
 * non-blocking ({@link #later}) for the async one. Closing it ends its HTTP client and
 * the threads the client ran on.
 */
final class Waiting implements AutoCloseable {

	private final long delayMillis;

	private final @Nullable HttpClient client;

	private final @Nullable ExecutorService clientThreads;

	private final @Nullable URI delayUri;

	private Waiting(long delayMillis, @Nullable URI base, RunContext context) {
		this.delayMillis = delayMillis;
		if (base != null) {
			this.clientThreads = Executors.newFixedThreadPool(2, context.platformThreads("http-client-"));
			this.client = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(5))
				.executor(this.clientThreads)
				.build();
			this.delayUri = base.resolve("/io/delay?ms=" + delayMillis);
		}
		else {
			this.clientThreads = null;
			this.client = null;
			this.delayUri = null;
		}
	}

	static Waiting bySleeping(long delayMillis, RunContext context) {
		return new Waiting(delayMillis, null, context);
	}

	static Waiting byHttp(long delayMillis, URI base, RunContext context) {
		return new Waiting(delayMillis, base, context);
	}

	/** Waits on the calling thread; {@link #answer} says what the wait was. */
	void block() throws Exception {
		if (this.client == null) {
			// parked: a platform thread keeps its OS thread
			Thread.sleep(this.delayMillis);
			return;
		}
		check(this.client.send(request(), HttpResponse.BodyHandlers.ofString()));
	}

	/** What task {@code task} answered, built only for the answers a report keeps. */
	String answer(int task) {
		return (this.client == null) ? "task " + task + ": slept " + this.delayMillis + " ms"
				: "task " + task + ": GET /io/delay answered 200";
	}

	/**
	 * Waits without holding a thread: a timer on {@code timer}, or a non-blocking call.
	 */
	CompletableFuture<?> later(ScheduledExecutorService timer) {
		if (this.client == null) {
			CompletableFuture<Void> done = new CompletableFuture<>();
			timer.schedule(() -> done.complete(null), this.delayMillis, TimeUnit.MILLISECONDS);
			return done;
		}
		return this.client.sendAsync(request(), HttpResponse.BodyHandlers.ofString()).thenAccept(Waiting::check);
	}

	private HttpRequest request() {
		return HttpRequest.newBuilder(this.delayUri).timeout(Duration.ofMillis(this.delayMillis + 10_000)).build();
	}

	private static void check(HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET /io/delay answered " + response.statusCode());
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (this.client != null && this.clientThreads != null) {
			// after the run nothing is in flight; after a stop, abort it
			this.client.shutdownNow();
			this.client.awaitTermination(Duration.ofSeconds(5));
			this.clientThreads.shutdownNow();
			this.clientThreads.awaitTermination(5, TimeUnit.SECONDS);
		}
	}

}
