package org.concurrency.lab.deadlock;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.concurrency.lab.experiment.DeadlockDetector;
import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;
import org.concurrency.lab.experiment.ThreadDump;
import org.jspecify.annotations.Nullable;

/**
 * The deadlock of {@link CircularWait}, among virtual threads: the same ring of locks,
 * the same start gate, so the same certain cycle. But the JVM's detector,
 * {@code ThreadMXBean.findDeadlockedThreads()} (and {@code jstack}'s "Found one
 * Java-level deadlock"), looks at platform threads only: it finds nothing, and
 * {@code ThreadMXBean} has no {@code ThreadInfo} for a virtual thread at all. A service
 * on virtual threads can deadlock with no tool saying so.
 * <p>
 * The cycle is found another way. The JSON thread dump lists virtual threads, and since
 * JDK 25 says each one's state and the object it is parked on, but not, before JDK 26,
 * who owns that lock; the lab's own locks ({@link OwnedLock}) say who holds each and who
 * waits for it. Joined, they name the cycle: the lock each worker parks on (matched by
 * the identity of its synchronizer), held by the next worker. The run waits for every
 * worker to be parked on the next one's lock before it looks, so the cycle is there every
 * time, then breaks it by interrupting one worker, as {@code demonstrate} does.
 */
@Endpoint(label = "virtual-threads",
		summary = "The same lock cycle among virtual threads: the JVM's detector sees nothing; the JSON thread dump "
				+ "and the locks' owners name it, then the lab breaks it")
final class VirtualThreadCycle implements DeadlockVariant<DeadlockRequest, VirtualDeadlockResult> {

	@Override
	public VirtualDeadlockResult run(DeadlockRequest request, RunContext context) throws Exception {
		int size = request.numWorkers();
		LockRing ring = new LockRing(size, context);
		List<String> completed = Collections.synchronizedList(new ArrayList<>());
		List<String> detectorFound;
		int threadInfos;
		ThreadDump.Dump dump;
		Map<Long, ThreadDump.DumpedThread> entries;
		List<LockWait> cycle;
		double deadlockedMs;
		double brokenMs;
		try (ExecutorService pool = Executors.newThreadPerTaskExecutor(context.virtualThreads("worker-"))) {
			try {
				List<Future<?>> futures = new ArrayList<>();
				for (int worker = 0; worker < size; worker++) {
					int index = worker;
					futures.add(pool.submit(() -> CircularWait.work(index, ring, completed, context)));
				}
				long gateOpen = ring.gate().open(); // every worker holds its own lock now
				List<Thread> threads = ring.threads();
				// the handshake: each parked on the lock the next one holds
				context.until(() -> allParked(threads, ring));
				deadlockedMs = Millis.since(gateOpen);
				detectorFound = DeadlockDetector.deadlocked(threads).stream().map(ThreadInfo::getThreadName).toList();
				threadInfos = (int) Arrays
					.stream(ManagementFactory.getThreadMXBean()
						.getThreadInfo(threads.stream().mapToLong(Thread::threadId).toArray()))
					.filter(Objects::nonNull)
					.count();
				dump = ThreadDump.take((container) -> false, threads);
				entries = dump.of(threads);
				cycle = cycle(threads, ring, entries);
				CircularWait.breakCycle(threads, futures, context);
				brokenMs = Millis.since(gateOpen);
			}
			finally {
				pool.shutdownNow(); // whatever happened, no worker stays stuck
			}
		}
		List<String> alive = context.threadsAliveAfter(Duration.ofSeconds(1));
		int held = (int) IntStream.range(0, size).filter((lock) -> ring.lock(lock).isLocked()).count();
		boolean namesOwners = entries.values().stream().anyMatch((entry) -> entry.parkBlockerOwner() != null);
		Set<String> fields = new LinkedHashSet<>();
		entries.values().forEach((entry) -> fields.addAll(entry.fields()));
		VirtualDeadlockResult.DumpView view = new VirtualDeadlockResult.DumpView(dump.tookMs(), entries.size(),
				entries.values().stream().map(ThreadDump.DumpedThread::container).distinct().toList(),
				List.copyOf(fields), namesOwners);
		DeadlockResult.DeadlockBreak broken = new DeadlockResult.DeadlockBreak(
				ring.threads().get(LockRing.VICTIM).getName(),
				"interrupted while waiting in lockInterruptibly() for " + LockRing.name(ring.next(LockRing.VICTIM))
						+ "; it gave up and released " + LockRing.name(ring.own(LockRing.VICTIM)) + " in finally");
		return new VirtualDeadlockResult(detectorFound, threadInfos, cycle, deadlockedMs, view,
				namesOwners ? "the thread dump" : "the lab's locks", broken, brokenMs, List.copyOf(completed), alive,
				held);
	}

	/**
	 * Whether every worker is parked on the next one's lock: queued for it, and parked
	 * with its synchronizer as blocker. Once true it stays true, until the lab breaks it.
	 */
	private static boolean allParked(List<Thread> threads, LockRing ring) {
		for (int worker = 0; worker < threads.size(); worker++) {
			Thread thread = threads.get(worker);
			if (!ring.lock(ring.next(worker)).waiters().contains(thread) || thread.getState() != Thread.State.WAITING
					|| LockSupport.getBlocker(thread) == null) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The cycle from worker 0 along "parks on a lock held by": the lock each one parks on
	 * is the one whose synchronizer the dump names as its park blocker, and its owner is
	 * the one the dump names (JDK 26+) or the one the lab's lock says.
	 */
	static List<LockWait> cycle(List<Thread> threads, LockRing ring, Map<Long, ThreadDump.DumpedThread> dump) {
		// a lock's synchronizer is private to it; a thread parked in it has it as blocker
		Map<String, Integer> lockOfBlocker = new HashMap<>();
		for (int lock = 0; lock < ring.size(); lock++) {
			for (Thread waiter : ring.lock(lock).waiters()) {
				Object blocker = LockSupport.getBlocker(waiter);
				if (blocker != null) {
					lockOfBlocker.put(Objects.toIdentityString(blocker), lock);
				}
			}
		}
		Map<Long, Thread> byId = threads.stream().collect(Collectors.toMap(Thread::threadId, (thread) -> thread));
		List<LockWait> cycle = new ArrayList<>();
		Set<Thread> seen = new HashSet<>();
		@Nullable Thread current = threads.get(0);
		while (current != null && seen.add(current)) {
			ThreadDump.DumpedThread entry = dump.get(current.threadId());
			Integer lock = (entry != null && entry.parkBlocker() != null) ? lockOfBlocker.get(entry.parkBlocker())
					: null;
			if (entry == null || lock == null) {
				break;
			}
			Long ownerId = entry.parkBlockerOwner();
			Thread owner = (ownerId != null) ? byId.get(ownerId) : ring.lock(lock).owner();
			cycle.add(new LockWait(current.getName(), entry.state(), holds(current, ring), LockRing.name(lock),
					(owner != null) ? owner.getName() : "", String.valueOf(entry.parkBlocker())));
			current = owner;
		}
		return cycle;
	}

	private static String holds(Thread thread, LockRing ring) {
		return IntStream.range(0, ring.size())
			.filter((lock) -> ring.lock(lock).owner() == thread)
			.mapToObj(LockRing::name)
			.collect(Collectors.joining(", "));
	}

	@Override
	public String note(DeadlockRequest request, VirtualDeadlockResult result) {
		List<LockWait> cycle = result.cycle();
		String dump = "The JSON thread dump listed " + result.threadDump().threadsListed() + " of them, each "
				+ (cycle.isEmpty() ? "" : cycle.get(0).state() + " ") + "and parked on a lock's synchronizer, "
				+ (result.threadDump().namesOwners() ? "with its owner"
						: "but not who owns it (a ReentrantLock's owner is in the dump from JDK 26; before JDK 25 "
								+ "the dump had no lock information at all)")
				+ "; the owners came from " + result.ownersFrom() + ".";
		return "Deadlock among " + request.numWorkers() + " virtual threads: " + LockWait.describe(cycle)
				+ ". The JVM's detector found " + result.detectorFound().size() + " of them deadlocked, and "
				+ "ThreadMXBean had a ThreadInfo for " + result.threadInfos()
				+ ": it sees platform threads only, on JDK 21, 24 and 25 alike. " + dump + " Interrupting "
				+ result.brokenBy().victim() + " broke it: the others finished ("
				+ String.join(", ", result.completed()) + ") by " + result.brokenAfterMs() + " ms; "
				+ result.threadsAliveAfter().size() + " threads left alive, " + result.locksHeldAfter()
				+ " locks held.";
	}

}
