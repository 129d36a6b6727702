package org.concurrency.lab.deadlock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.Lock;

import org.concurrency.lab.experiment.RunContext;

/**
 * The waits of the experiments here, each bounded by the run's deadline. At the deadline
 * the engine interrupts every thread of the run, which ends these waits; their own
 * timeout, a little longer, is only a backstop.
 */
final class Gates {

	private static final Duration SLACK = Duration.ofSeconds(1);

	private Gates() {
	}

	/** Waits for a start gate to open. */
	static void await(CountDownLatch gate, RunContext context) throws InterruptedException {
		if (!gate.await(bound(context), TimeUnit.NANOSECONDS)) {
			throw new CancellationException("the deadline passed before every worker was ready");
		}
	}

	/** Takes a lock. */
	static void lock(Lock lock, RunContext context) throws InterruptedException {
		if (!lock.tryLock(bound(context), TimeUnit.NANOSECONDS)) {
			throw new CancellationException("the deadline passed while waiting for a lock");
		}
	}

	/** Waits for a worker's answer. */
	static <T> T get(Future<T> future, RunContext context)
			throws InterruptedException, ExecutionException, TimeoutException {
		return future.get(bound(context), TimeUnit.NANOSECONDS);
	}

	/**
	 * The workers' threads, each registered before the worker counted a gate down.
	 */
	static List<Thread> threads(AtomicReferenceArray<Thread> workers) {
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < workers.length(); i++) {
			threads.add(workers.get(i));
		}
		return threads;
	}

	private static long bound(RunContext context) {
		return context.remaining().plus(SLACK).toNanos();
	}

}
