package org.concurrency.lab.pattern;

import java.util.List;

/**
 * What {@code cache} found: the same readers and writers on three caches.
 *
 * @param naive check, then load and put
 * @param readWriteLock the seed's cache: a read-write lock, checked again under the write
 * lock
 * @param computeIfAbsent {@code ConcurrentHashMap.computeIfAbsent}
 */
public record CacheResult(CacheRun naive, CacheRun readWriteLock, CacheRun computeIfAbsent) {

	/**
	 * One cache's run.
	 *
	 * @param how how it loads a missing or expired value
	 * @param reads reads in all: hits + misses + expirations
	 * @param hits reads that found a fresh value
	 * @param misses reads that found no value
	 * @param expirations reads that found an expired value
	 * @param loads values loaded
	 * @param duplicateLoads loads started while another load of the same key was in
	 * flight or a fresh value was already there: 0 unless the cache is broken
	 * @param writes values the writers stored
	 * @param loadsPerKey loads of each key: one per expiry at most, when none is
	 * duplicated
	 * @param hitRatePercent hits ÷ reads
	 * @param threadsAliveAfter the run's threads alive once it said it was done
	 */
	public record CacheRun(String how, long reads, long hits, long misses, long expirations, long loads,
			long duplicateLoads, long writes, List<Long> loadsPerKey, double hitRatePercent,
			List<String> threadsAliveAfter) {
	}

}
