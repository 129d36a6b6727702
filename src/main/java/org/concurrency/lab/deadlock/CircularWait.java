package org.concurrency.lab.deadlock;

import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.ReentrantLock;

import org.concurrency.lab.experiment.Experiment;
import org.concurrency.lab.experiment.RunContext;

/**
 * A real deadlock. Worker {@code i} takes its own lock, {@code lock-i}, then asks for the
 * next worker's, {@code lock-(i+1) mod n}: a circular wait. A start gate makes it
 * certain: no worker asks for its second lock before every worker holds its first, so
 * each asks for a lock that is held and will never be released. All four Coffman
 * conditions hold: mutual exclusion (a lock has one owner), hold and wait (each keeps its
 * lock while it waits), no preemption (nothing takes a lock away) and circular wait.
 * <p>
 * The JVM's detector finds the cycle; the lab then breaks it by interrupting one worker
 * waiting in {@code lockInterruptibly()}: it gives up, releases its lock in
 * {@code finally}, and the chain unwinds, each worker getting the lock the one before it
 * released. With {@code lock()} instead, nothing could end it but killing the JVM.
 */
final class CircularWait implements Experiment<DeadlockRequest, DeadlockResult> {

	static final int VICTIM = 0;

	static final Duration POLL = Duration.ofMillis(1);

	@Override
	public DeadlockResult run(DeadlockRequest request, RunContext context) throws Exception {
		int size = request.numWorkers();
		LockRing ring = new LockRing(size);
		CountDownLatch holding = new CountDownLatch(size);
		AtomicReferenceArray<Thread> workers = new AtomicReferenceArray<>(size);
		List<String> completed = Collections.synchronizedList(new ArrayList<>());
		List<LockWait> cycle;
		String victim;
		double detectedMs;
		double brokenMs;
		try (ExecutorService pool = Executors.newFixedThreadPool(size, context.platformThreads("worker-"))) {
			try {
				List<Future<?>> futures = new ArrayList<>();
				for (int worker = 0; worker < size; worker++) {
					int index = worker;
					futures.add(pool.submit(() -> work(index, ring, holding, workers, completed, context)));
				}
				Gates.await(holding, context);
				long gateOpen = System.nanoTime();
				List<Thread> threads = Gates.threads(workers);
				List<ThreadInfo> stuck = awaitCycle(threads, context);
				detectedMs = millisSince(gateOpen);
				cycle = DeadlockDetector.cycle(stuck, holds(threads, ring));
				victim = threads.get(VICTIM).getName();
				// breaks the cycle: its lockInterruptibly() throws
				threads.get(VICTIM).interrupt();
				for (int worker = 0; worker < size; worker++) {
					if (worker != VICTIM) {
						Gates.get(futures.get(worker), context);
					}
				}
				brokenMs = millisSince(gateOpen);
			}
			finally {
				pool.shutdownNow(); // whatever happened, no worker stays stuck
			}
		}
		int after = DeadlockDetector.deadlockedInJvm();
		DeadlockResult.DeadlockBreak broken = new DeadlockResult.DeadlockBreak(victim,
				"interrupted while waiting in lockInterruptibly() for " + LockRing.name(ring.next(VICTIM))
						+ "; it gave up and released " + LockRing.name(ring.own(VICTIM)) + " in finally");
		context.note("Deadlock: " + DeadlockDetector.describe(cycle) + ". Mutual exclusion, hold and wait, no "
				+ "preemption and circular wait all held; the JVM's detector found the cycle of " + cycle.size()
				+ " threads after " + detectedMs + " ms. Interrupting " + victim + " broke it: the others finished "
				+ "in turn (" + String.join(", ", completed) + ") by " + brokenMs + " ms, and the detector now finds "
				+ after + " deadlocked threads.");
		return new DeadlockResult(cycle, detectedMs, broken, brokenMs, List.copyOf(completed), after);
	}

	private static void work(int index, LockRing ring, CountDownLatch holding, AtomicReferenceArray<Thread> workers,
			List<String> completed, RunContext context) {
		workers.set(index, Thread.currentThread());
		ReentrantLock own = ring.lock(ring.own(index));
		ReentrantLock next = ring.lock(ring.next(index));
		RunContext.TaskClock clock = context.begin(index);
		try {
			own.lockInterruptibly();
			try {
				holding.countDown();
				Gates.await(holding, context); // every worker holds its own lock now
				// waits for the next worker's lock: the cycle closes
				next.lockInterruptibly();
				try {
					completed.add(Thread.currentThread().getName());
					clock.end();
				}
				finally {
					next.unlock();
				}
			}
			finally {
				own.unlock(); // also when interrupted: the worker waiting for it goes on
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Polls the detector until it reports every worker, within the deadline. */
	private static List<ThreadInfo> awaitCycle(List<Thread> threads, RunContext context) throws InterruptedException {
		while (true) {
			List<ThreadInfo> stuck = DeadlockDetector.deadlocked(threads);
			if (stuck.size() == threads.size()) {
				return stuck;
			}
			context.checkStopped();
			Thread.sleep(POLL);
		}
	}

	private static Map<Long, String> holds(List<Thread> threads, LockRing ring) {
		Map<Long, String> holds = new HashMap<>();
		for (int worker = 0; worker < threads.size(); worker++) {
			holds.put(threads.get(worker).threadId(), LockRing.name(ring.own(worker)));
		}
		return holds;
	}

	static double millisSince(long nanoTime) {
		return Math.round((System.nanoTime() - nanoTime) / 1e5) / 10.0;
	}

}
