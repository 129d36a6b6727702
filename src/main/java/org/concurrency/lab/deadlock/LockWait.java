package org.concurrency.lab.deadlock;

import java.lang.management.LockInfo;
import java.lang.management.ThreadInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.concurrency.lab.experiment.DeadlockDetector;

/**
 * One thread of a deadlock cycle, as the JVM's detector reported it (or, for virtual
 * threads, which it does not see, as the thread dump and the lab's locks tell it).
 *
 * @param thread the thread
 * @param state its state: {@code WAITING} (parked in {@code lock()}), or
 * {@code TIMED_WAITING} in a {@code tryLock} with a timeout
 * @param holds the lock it holds, by the name the experiment gave it
 * @param waitsFor the lock it waits for
 * @param heldBy the thread holding that lock: the next link of the cycle
 * @param lockObject the lock as the JVM names it (and {@code jstack} prints it): the
 * lock's synchronizer class and identity hash
 */
public record LockWait(String thread, String state, String holds, String waitsFor, String heldBy, String lockObject) {

	/**
	 * The cycle {@link DeadlockDetector} reported, from its oldest thread along "waits
	 * for a lock held by". The detector names a lock by its synchronizer object
	 * ({@code ReentrantLock$NonfairSync@6ae5aa72}); a thread's
	 * {@link ThreadInfo#getLockedSynchronizers()} lists the synchronizers it holds, and
	 * the run knows which of its locks each thread holds, so which name each synchronizer
	 * has.
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
