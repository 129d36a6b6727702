package org.concurrency.lab.sync;

import java.util.List;

/**
 * How readers and writers of {@code sync/read-write-lock} shared the value.
 *
 * @param variants behind a {@code ReentrantReadWriteLock}, then behind one plain
 * {@code ReentrantLock}
 */
public record ReadWriteLockResult(List<Variant> variants) {

	/**
	 * One lock.
	 *
	 * @param variant {@code read-write-lock} or {@code plain-lock}
	 * @param durationMs wall time for every read and write
	 * @param maxConcurrentReaders the most readers that held the lock at one time
	 * @param readersDuringWrites times a reader and a writer, or two writers, held the
	 * lock at once: never, with either lock
	 * @param tornReads reads that saw a write half done: never, with either lock
	 * @param reads reads done
	 * @param writes writes done
	 */
	public record Variant(String variant, double durationMs, int maxConcurrentReaders, int readersDuringWrites,
			int tornReads, int reads, int writes) {
	}

}
