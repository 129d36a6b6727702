package org.concurrency.lab.deadlock;

import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JVM's own deadlock detector, {@link ThreadMXBean#findDeadlockedThreads()} — what
 * {@code jstack} prints as "Found one Java-level deadlock" — asked about one run's
 * threads. It finds cycles of threads blocked on monitors ({@code synchronized}) or
 * parked on ownable synchronizers ({@code ReentrantLock}); it names a lock by its
 * synchronizer object ({@code ReentrantLock$NonfairSync@6ae5aa72}), which {@link #cycle}
 * maps back to the names the run gave its locks.
 */
final class DeadlockDetector {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private DeadlockDetector() {
	}

	/** The threads among {@code watched} that the detector finds deadlocked now. */
	static List<ThreadInfo> deadlocked(Collection<Thread> watched) {
		long[] ids = THREADS.findDeadlockedThreads();
		if (ids == null) {
			return List.of();
		}
		Set<Long> ours = watched.stream().map(Thread::threadId).collect(Collectors.toSet());
		long[] found = Arrays.stream(ids).filter(ours::contains).toArray();
		if (found.length == 0) {
			return List.of();
		}
		return Arrays.stream(THREADS.getThreadInfo(found, false, true)).filter(Objects::nonNull).toList();
	}

	/** Threads deadlocked anywhere in the JVM, this run's or not. */
	static int deadlockedInJvm() {
		long[] ids = THREADS.findDeadlockedThreads();
		return (ids != null) ? ids.length : 0;
	}

	/**
	 * The cycle the detector reported, from its oldest thread along "waits for a lock
	 * held by". A thread's {@link ThreadInfo#getLockedSynchronizers()} lists the
	 * synchronizers it holds: the run knows which of its locks each thread holds, and so
	 * which name each synchronizer has.
	 * @param infos the deadlocked threads
	 * @param holds for each thread's id, the name of the lock it holds
	 */
	static List<LockWait> cycle(List<ThreadInfo> infos, Map<Long, String> holds) {
		Set<String> waitedFor = infos.stream()
			.map(ThreadInfo::getLockInfo)
			.filter(Objects::nonNull)
			.map(LockInfo::toString)
			.collect(Collectors.toSet());
		Map<String, String> names = new HashMap<>();
		Map<String, ThreadInfo> byThread = new HashMap<>();
		for (ThreadInfo info : infos) {
			byThread.put(info.getThreadName(), info);
			for (LockInfo held : info.getLockedSynchronizers()) {
				if (waitedFor.contains(held.toString())) {
					names.put(held.toString(), holds.getOrDefault(info.getThreadId(), held.toString()));
				}
			}
		}
		List<LockWait> cycle = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		ThreadInfo current = infos.stream().min(Comparator.comparingLong(ThreadInfo::getThreadId)).orElse(null);
		while (current != null && seen.add(current.getThreadName())) {
			LockInfo wanted = current.getLockInfo();
			String held = Arrays.stream(current.getLockedSynchronizers())
				.map((lock) -> names.get(lock.toString()))
				.filter(Objects::nonNull)
				.collect(Collectors.joining(", "));
			String owner = String.valueOf(current.getLockOwnerName());
			cycle.add(new LockWait(current.getThreadName(), current.getThreadState().name(), held,
					(wanted != null) ? names.getOrDefault(wanted.toString(), wanted.toString()) : "", owner,
					String.valueOf(wanted)));
			current = byThread.get(owner);
		}
		return cycle;
	}

	/**
	 * The cycle as one line: {@code worker-0 → lock-1 (worker-1) → lock-0 (worker-0)}.
	 */
	static String describe(List<LockWait> cycle) {
		if (cycle.isEmpty()) {
			return "";
		}
		StringBuilder line = new StringBuilder(cycle.get(0).thread());
		for (LockWait wait : cycle) {
			line.append(" → ").append(wait.waitsFor()).append(" (").append(wait.heldBy()).append(")");
		}
		return line.toString();
	}

}
