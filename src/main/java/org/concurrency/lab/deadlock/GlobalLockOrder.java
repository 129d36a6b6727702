package org.concurrency.lab.deadlock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.DeadlockDetector;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;

/**
 * Deadlock prevented by one global lock order. The same ring as {@link CircularWait},
 * with the same timing (every worker holds its first lock a moment before asking for its
 * second), but every worker takes the lower-numbered of its two locks first. The last
 * worker, which needs {@code lock-(n-1)} and {@code lock-0}, now asks for {@code lock-0}
 * first and so waits without holding anything: the circular wait cannot form, and every
 * worker finishes.
 */
@Endpoint(label = "prevent", summary = "The same workers taking their locks in one global order: no deadlock")
final class GlobalLockOrder implements DeadlockVariant<DeadlockRequest, LockOrderResult> {

	/** How long a worker holds its first lock before asking for its second. */
	static final Duration HOLD = Duration.ofMillis(1);

	@Override
	public LockOrderResult run(DeadlockRequest request, RunContext context) throws Exception {
		int size = request.numWorkers();
		LockRing ring = new LockRing(size, context);
		List<LockOrderResult.OrderedWorker> finished = new ArrayList<>();
		int polls = 0;
		boolean deadlocked = false;
		try (ExecutorService pool = Executors.newFixedThreadPool(size, context.platformThreads("worker-"))) {
			try {
				List<Future<LockOrderResult.OrderedWorker>> futures = new ArrayList<>();
				for (int worker = 0; worker < size; worker++) {
					int index = worker;
					futures.add(pool.submit(() -> work(index, ring, context)));
				}
				ring.gate().open();
				List<Thread> threads = ring.threads();
				do {
					polls++;
					deadlocked |= !DeadlockDetector.deadlocked(threads).isEmpty();
					Thread.sleep(POLL);
				}
				while (!futures.stream().allMatch(Future::isDone));
				for (Future<LockOrderResult.OrderedWorker> future : futures) {
					finished.add(context.get(future));
				}
			}
			finally {
				pool.shutdownNow();
			}
		}
		return new LockOrderResult(finished, 2 * finished.size(), finished.size(), polls, deadlocked);
	}

	private static LockOrderResult.OrderedWorker work(int index, LockRing ring, RunContext context)
			throws InterruptedException {
		ring.enter(index);
		// one global order: by lock number
		int first = Math.min(ring.own(index), ring.next(index));
		int second = Math.max(ring.own(index), ring.next(index));
		ReentrantLock firstLock = ring.lock(first);
		ReentrantLock secondLock = ring.lock(second);
		ring.gate().arriveAndAwait(); // all start together
		long start = System.nanoTime();
		RunContext.TaskClock clock = context.begin(index);
		context.lock(firstLock);
		try {
			Thread.sleep(HOLD); // holding the first lock while the others take theirs
			context.lock(secondLock); // in the one global order: no cycle can close
			try {
				clock.end();
				return new LockOrderResult.OrderedWorker(Thread.currentThread().getName(), LockRing.name(first),
						LockRing.name(second), Millis.since(start));
			}
			finally {
				secondLock.unlock();
			}
		}
		finally {
			firstLock.unlock();
		}
	}

	@Override
	public String note(DeadlockRequest request, LockOrderResult result) {
		LockOrderResult.OrderedWorker last = result.workers().get(result.workers().size() - 1);
		return "Every worker took the lower-numbered of its locks first, so " + last.worker() + " asked for "
				+ last.first() + " before " + last.second() + " and waited holding nothing: no circular wait. Every "
				+ "worker finished (" + result.completed() + "); the JVM's detector, polled " + result.detectorPolls()
				+ ((result.detectorPolls() == 1) ? " time" : " times") + " during the run, found "
				+ (result.deadlocked() ? "a deadlock" : "no deadlock") + ".";
	}

}
