package org.concurrency.lab.semaphore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.RunContext;
import org.concurrency.lab.experiment.StartGate;

/**
 * Workers sharing a {@link ConnectionPool}: a semaphore of {@code pool_size} permits
 * keeps the connections in use at or below the pool size, and an acquire with a timeout
 * turns "the pool is exhausted" into a counted, bounded failure instead of a hang.
 * <p>
 * What goes wrong is a pool that trusts what comes back. A connection breaks after
 * {@code break_after} queries; a pool without a health check puts it back as it is, and
 * the next borrower's query fails. Each connection answers {@code break_after} queries at
 * most, so of more queries than {@code pool_size × break_after}, at least the excess
 * fail, every time, not by bad luck. The health-checked pool replaces a broken connection
 * when it is returned, and no query fails.
 */
@Endpoint(label = "connection-pool",
		summary = "A pool of connections behind a Semaphore: acquire timeouts, health checks on return, beside a pool that returns broken connections")
final class PooledQueries implements SemaphoreVariant<ConnectionPoolRequest, ConnectionPoolResult> {

	@Override
	public ConnectionPoolResult run(ConnectionPoolRequest request, RunContext context) throws Exception {
		return new ConnectionPoolResult(request.poolSize(), request.acquireTimeoutMs(), request.breakAfter(),
				serve(request, true, context), serve(request, false, context));
	}

	private static ConnectionPoolResult.PoolRun serve(ConnectionPoolRequest request, boolean healthCheck,
			RunContext context) throws Exception {
		ConnectionPool pool = new ConnectionPool(request.poolSize(), request.breakAfter(), healthCheck);
		Duration acquireTimeout = Duration.ofMillis(request.acquireTimeoutMs());
		Duration query = Duration.ofMillis(request.queryMs());
		AtomicInteger done = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		int offset = healthCheck ? 0 : Math.toIntExact(request.totalQueries());
		StartGate start = context.startGate(request.numWorkers());
		List<Future<?>> workers = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(request.numWorkers(),
				context.platformThreads(healthCheck ? "worker-" : "unchecked-"))) {
			for (int worker = 0; worker < request.numWorkers(); worker++) {
				int first = offset + worker * request.queries();
				workers.add(threads.submit(() -> {
					start.arriveAndAwait(); // all ask at once
					for (int q = 0; q < request.queries(); q++) {
						// waits for a connection, at most the acquire timeout
						ConnectionPool.Connection connection = pool.acquire(context.within(acquireTimeout));
						if (connection == null) {
							context.checkStopped();
							continue; // timed out: give this query up
						}
						RunContext.TaskClock clock = context.begin(first + q);
						try {
							done.incrementAndGet();
							if (!connection.query(query)) {
								failed.incrementAndGet();
							}
						}
						finally {
							pool.release(connection);
						}
						clock.end();
					}
					return null;
				}));
			}
			start.open();
			for (Future<?> worker : workers) {
				context.get(worker);
			}
		}
		return new ConnectionPoolResult.PoolRun(Math.toIntExact(request.totalQueries()), done.get(), failed.get(),
				pool.timeouts(), pool.waits(), pool.longestWaitMs(), pool.maxInUse(), pool.replaced(),
				pool.opened().stream().map(ConnectionPool.Connection::use).toList());
	}

	@Override
	public String note(ConnectionPoolRequest request, ConnectionPoolResult result) {
		ConnectionPoolResult.PoolRun checked = result.healthChecked();
		ConnectionPoolResult.PoolRun unchecked = result.withoutHealthCheck();
		String broken = (unchecked.failedQueries() > 0)
				? unchecked.failedQueries() + " queries failed on connections put back broken"
				: "no query failed, as no connection served more than " + request.breakAfter() + " queries";
		return request.numWorkers() + " workers ran " + checked.queriesAttempted() + " queries over a pool of "
				+ request.poolSize() + ": at most " + checked.maxInUse() + " connections in use at once, "
				+ checked.waits() + " waits, " + checked.timeouts() + " timeouts (after " + request.acquireTimeoutMs()
				+ " ms), " + checked.replaced() + " broken connections replaced, " + checked.failedQueries()
				+ " failed queries; without the health check " + broken + ".";
	}

}
