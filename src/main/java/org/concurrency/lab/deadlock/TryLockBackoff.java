package org.concurrency.lab.deadlock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.DeadlockDetector;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;

/**
 * Deadlock avoided by giving up. The same ring and start gate as {@link CircularWait}:
 * every worker holds its own lock before any asks for the next worker's, so the first
 * tries are sure to collide. But a worker asks with {@code tryLock(timeout)}; when that
 * fails it releases its own lock (no more hold and wait), backs off for a random time and
 * tries again. The first worker to give up lets its neighbour through, and the ring
 * drains. The back-off is random so that workers who gave up together do not come back
 * together and collide again forever: that would be a livelock.
 */
@Endpoint(label = "try-lock", summary = "Opposite orders, but tryLock(timeout): give up, back off at random, retry")
final class TryLockBackoff implements DeadlockVariant<TryLockRequest, TryLockResult> {

	@Override
	public TryLockResult run(TryLockRequest request, RunContext context) throws Exception {
		int size = request.numWorkers();
		LockRing ring = new LockRing(size, context);
		List<TryLockResult.RetryingWorker> finished = new ArrayList<>();
		boolean sawCycle = false;
		try (ExecutorService pool = Executors.newFixedThreadPool(size, context.platformThreads("worker-"))) {
			try {
				List<Future<TryLockResult.RetryingWorker>> futures = new ArrayList<>();
				for (int worker = 0; worker < size; worker++) {
					int index = worker;
					futures.add(pool.submit(() -> work(index, ring, request, context)));
				}
				ring.gate().open();
				List<Thread> threads = ring.threads();
				while (!futures.stream().allMatch(Future::isDone)) {
					sawCycle |= DeadlockDetector.deadlocked(threads).size() == size;
					Thread.sleep(POLL);
				}
				for (Future<TryLockResult.RetryingWorker> future : futures) {
					finished.add(context.get(future));
				}
			}
			finally {
				pool.shutdownNow();
			}
		}
		int retries = finished.stream().mapToInt(TryLockResult.RetryingWorker::retries).sum();
		return new TryLockResult(finished, retries, finished.size(), sawCycle);
	}

	private static TryLockResult.RetryingWorker work(int index, LockRing ring, TryLockRequest request,
			RunContext context) throws InterruptedException {
		ring.enter(index);
		ReentrantLock own = ring.lock(ring.own(index));
		ReentrantLock next = ring.lock(ring.next(index));
		RunContext.TaskClock clock = context.begin(index);
		Duration timeout = Duration.ofMillis(request.timeoutMs());
		int retries = 0;
		long backoffMs = 0;
		context.lock(own);
		boolean holdsOwn = true;
		try {
			// every worker holds its own lock: the first tries collide
			ring.gate().arriveAndAwait();
			long start = System.nanoTime();
			while (true) {
				// a bounded wait
				if (next.tryLock(context.within(timeout).toNanos(), TimeUnit.NANOSECONDS)) {
					try {
						clock.end();
						return new TryLockResult.RetryingWorker(Thread.currentThread().getName(),
								LockRing.name(ring.own(index)), LockRing.name(ring.next(index)), retries, backoffMs,
								Millis.since(start));
					}
					finally {
						next.unlock();
					}
				}
				own.unlock(); // give up what it holds: no hold and wait, so no cycle
				holdsOwn = false;
				retries++;
				long backoff = ThreadLocalRandom.current()
					.nextLong(request.backoffMinMs(), request.backoffMaxMs() + 1L);
				// random: the others do not come back in step
				Thread.sleep(Duration.ofMillis(backoff));
				backoffMs += backoff;
				context.lock(own);
				holdsOwn = true;
			}
		}
		finally {
			if (holdsOwn) {
				own.unlock();
			}
		}
	}

	@Override
	public String note(TryLockRequest request, TryLockResult result) {
		return "Every worker held its own lock and tried for the next one's: a cycle"
				+ (result.detectorSawCycle() ? " that the JVM's detector reported as a deadlock" : "")
				+ ", until a tryLock timed out after " + request.timeoutMs() + " ms and its worker let go. After "
				+ result.retries() + ((result.retries() == 1) ? " failed try" : " failed tries")
				+ " and random back-offs, all " + result.completed() + " workers finished.";
	}

}
