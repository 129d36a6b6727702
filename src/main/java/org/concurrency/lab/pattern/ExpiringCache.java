package org.concurrency.lab.pattern;

import org.jspecify.annotations.Nullable;

/**
 * A cache whose values expire {@code ttl} after they were loaded or written, read by many
 * threads at once. Each implementation is one way to load a missing or expired value:
 * {@link NaiveCache} loads it once per reader who noticed, the others once.
 */
abstract sealed class ExpiringCache permits NaiveCache, ReadWriteLockCache, ComputeIfAbsentCache {

	/** The slow source every miss loads from. */
	final CacheLoader loader;

	/** How long a value stays fresh, in nanoseconds. */
	final long ttl;

	ExpiringCache(CacheLoader loader, long ttl) {
		this.loader = loader;
		this.ttl = ttl;
	}

	/**
	 * Reads {@code key}, loading it if it is missing or expired; {@code asked} runs once
	 * the reader has asked for it.
	 */
	abstract Read read(int key, Runnable asked) throws InterruptedException;

	/** Stores a fresh value for {@code key}, as a writer does. */
	abstract void write(int key);

	/** The entry now held for {@code key}, without waiting for anything. */
	abstract @Nullable Entry peek(int key);

	/** One cached value and when it was loaded or written. */
	record Entry(long value, long bornNanos) {

		boolean fresh(long ttl) {
			return System.nanoTime() - this.bornNanos < ttl;
		}

	}

	/** What one read found. */
	enum Read {

		HIT, MISS, EXPIRED

	}

}
