package org.concurrency.lab.experiment;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JVM's own deadlock detector, {@link ThreadMXBean#findDeadlockedThreads()} — what
 * {@code jstack} prints as "Found one Java-level deadlock" — asked about one run's
 * threads. It finds cycles of threads blocked on monitors ({@code synchronized}) or
 * parked on ownable synchronizers ({@code ReentrantLock}), and only those: threads
 * spinning, however uselessly, are {@code RUNNABLE} and never in a cycle. Each
 * {@link ThreadInfo} it answers lists the synchronizers its thread holds and the one it
 * waits for, so a run can name the cycle by its own locks.
 */
public final class DeadlockDetector {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private DeadlockDetector() {
	}

	/**
	 * The threads among {@code watched} that the detector finds deadlocked now, with the
	 * synchronizers each holds; none if no cycle includes one of them.
	 */
	public static List<ThreadInfo> deadlocked(Collection<Thread> watched) {
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

	/** Threads deadlocked anywhere in the JVM, a run's or not. */
	public static int deadlockedInJvm() {
		long[] ids = THREADS.findDeadlockedThreads();
		return (ids != null) ? ids.length : 0;
	}

}
