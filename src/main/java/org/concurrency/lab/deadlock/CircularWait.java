package org.concurrency.lab.deadlock;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.DeadlockDetector;
import org.concurrency.lab.experiment.Millis;
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
@Endpoint(label = "demonstrate",
		summary = "A real deadlock: the JVM's detector names the cycle, then the lab breaks it")
final class CircularWait implements DeadlockVariant<DeadlockRequest, DeadlockResult> {

	@Override
	public DeadlockResult run(DeadlockRequest request, RunContext context) throws Exception {
		LockRing ring = new LockRing(request.numWorkers(), context);
		int size = ring.size();
		List<String> completed = Collections.synchronizedList(new ArrayList<>());
		List<LockWait> cycle;
		double detectedMs;
		double brokenMs;
		try (ExecutorService pool = Executors.newFixedThreadPool(size, context.platformThreads("worker-"))) {
			try {
				List<Future<?>> futures = new ArrayList<>();
				for (int worker = 0; worker < size; worker++) {
					int index = worker;
					futures.add(pool.submit(() -> work(index, ring, completed, context)));
				}
				long gateOpen = ring.gate().open(); // every worker holds its own lock now
				List<Thread> threads = ring.threads();
				context.until(() -> DeadlockDetector.deadlocked(threads).size() == size);
				detectedMs = Millis.since(gateOpen);
				cycle = LockWait.cycle(DeadlockDetector.deadlocked(threads), holds(threads, ring));
				breakCycle(threads, futures, context);
				brokenMs = Millis.since(gateOpen);
			}
			finally {
				pool.shutdownNow(); // whatever happened, no worker stays stuck
			}
		}
		DeadlockResult.DeadlockBreak broken = new DeadlockResult.DeadlockBreak(
				ring.threads().get(LockRing.VICTIM).getName(),
				"interrupted while waiting in lockInterruptibly() for " + LockRing.name(ring.next(LockRing.VICTIM))
						+ "; it gave up and released " + LockRing.name(ring.own(LockRing.VICTIM)) + " in finally");
		return new DeadlockResult(cycle, detectedMs, broken, brokenMs, List.copyOf(completed),
				DeadlockDetector.deadlockedInJvm());
	}

	/**
	 * Worker {@code index}: takes its own lock, waits at the gate until every worker
	 * holds its own, then asks for the next one's.
	 */
	static void work(int index, LockRing ring, List<String> completed, RunContext context) {
		ring.enter(index);
		ReentrantLock own = ring.lock(ring.own(index));
		ReentrantLock next = ring.lock(ring.next(index));
		RunContext.TaskClock clock = context.begin(index);
		try {
			own.lockInterruptibly();
			try {
				ring.gate().arriveAndAwait(); // every worker holds its own lock now
				next.lockInterruptibly(); // held by the next worker: the cycle closes
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

	private static Map<Long, String> holds(List<Thread> threads, LockRing ring) {
		Map<Long, String> holds = new HashMap<>();
		for (int worker = 0; worker < threads.size(); worker++) {
			holds.put(threads.get(worker).threadId(), LockRing.name(ring.own(worker)));
		}
		return holds;
	}

	/**
	 * Breaks the cycle: the victim's {@code lockInterruptibly()} throws, it releases its
	 * lock in {@code finally}, and each other worker in turn gets the lock it waited for.
	 */
	static void breakCycle(List<Thread> threads, List<Future<?>> futures, RunContext context) throws Exception {
		threads.get(LockRing.VICTIM).interrupt();
		for (int worker = 0; worker < threads.size(); worker++) {
			if (worker != LockRing.VICTIM) {
				context.get(futures.get(worker));
			}
		}
	}

	@Override
	public String note(DeadlockRequest request, DeadlockResult result) {
		List<LockWait> cycle = result.cycle();
		return "Deadlock: " + LockWait.describe(cycle) + ". Mutual exclusion, hold and wait, no "
				+ "preemption and circular wait all held; the JVM's detector found the cycle of " + cycle.size()
				+ " threads after " + result.detectedAfterMs() + " ms. Interrupting " + result.brokenBy().victim()
				+ " broke it: the others finished in turn (" + String.join(", ", result.completed()) + ") by "
				+ result.brokenAfterMs() + " ms, and the detector now finds " + result.deadlockedAfter()
				+ " deadlocked threads.";
	}

}
