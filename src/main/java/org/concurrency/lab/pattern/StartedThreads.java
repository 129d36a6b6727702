package org.concurrency.lab.pattern;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;

/**
 * The threads one run of a pattern started, kept as its factories make them, so that the
 * report can name any still alive when the run says it is done.
 */
final class StartedThreads {

	private static final Duration GRACE = Duration.ofMillis(500);

	private final List<Thread> threads = new CopyOnWriteArrayList<>();

	/** A factory that makes threads with {@code factory} and keeps each one. */
	ThreadFactory keep(ThreadFactory factory) {
		return (task) -> {
			Thread thread = factory.newThread(task);
			this.threads.add(thread);
			return thread;
		};
	}

	/**
	 * The names of the threads still alive once each has had a moment to end: a pool
	 * reports itself terminated just before its last thread has quite finished.
	 */
	List<String> alive() {
		long deadline = System.nanoTime() + GRACE.toNanos();
		try {
			for (Thread thread : this.threads) {
				thread.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return this.threads.stream().filter(Thread::isAlive).map(Thread::getName).toList();
	}

	int count() {
		return this.threads.size();
	}

	/**
	 * Counts per thread, in the order the threads were numbered: worker-2 before
	 * worker-10.
	 */
	static <V> Map<String, V> byName(Map<String, V> counts) {
		Map<String, V> sorted = new TreeMap<>(
				Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
		sorted.putAll(counts);
		return sorted;
	}

}
