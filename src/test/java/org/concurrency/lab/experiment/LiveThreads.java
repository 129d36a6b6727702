package org.concurrency.lab.experiment;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * What the JVM's own thread bean says is alive and stuck, for tests that must show an
 * experiment left nothing behind: no deadlocked thread, no extra live thread.
 */
public final class LiveThreads {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private LiveThreads() {
	}

	/** Live platform threads, as {@link ThreadMXBean#getThreadCount()} counts them. */
	public static int platformCount() {
		return THREADS.getThreadCount();
	}

	/** Names of the threads the JVM's detector finds deadlocked, if any. */
	public static List<String> deadlocked() {
		long[] ids = THREADS.findDeadlockedThreads();
		if (ids == null) {
			return List.of();
		}
		return Arrays.stream(THREADS.getThreadInfo(ids)).map((info) -> info.getThreadName()).toList();
	}

	/** Names of live threads whose name starts with {@code prefix}. */
	public static List<String> named(String prefix) {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.map(Thread::getName)
			.filter((name) -> name.startsWith(prefix))
			.toList();
	}

}
