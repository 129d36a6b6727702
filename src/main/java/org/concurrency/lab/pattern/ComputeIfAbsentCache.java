package org.concurrency.lab.pattern;

import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * {@code ConcurrentHashMap.computeIfAbsent}: an expired entry is removed with
 * {@code remove(key, entry)} (only that entry, only once), and {@code computeIfAbsent}
 * runs the load at most once per absent key while the readers of that key wait for it.
 * (Keep such loads short: they hold a lock on the map's bin; a long one calls for a map
 * of futures, as Java Concurrency in Practice's Memoizer.)
 */
final class ComputeIfAbsentCache extends ExpiringCache {

	private final ConcurrentHashMap<Integer, Entry> map = new ConcurrentHashMap<>();

	ComputeIfAbsentCache(CacheLoader loader, long ttl) {
		super(loader, ttl);
	}

	@Override
	Read read(int key, Runnable asked) throws InterruptedException {
		asked.run();
		Entry entry = this.map.get(key);
		if (entry != null && entry.fresh(this.ttl)) {
			return Read.HIT;
		}
		if (entry != null) {
			this.map.remove(key, entry); // only this expired entry, only once
		}
		try {
			// one load: the key's other readers wait for it
			this.map.computeIfAbsent(key, this::load);
		}
		catch (LoadInterrupted ex) {
			throw ex.getCause();
		}
		return (entry == null) ? Read.MISS : Read.EXPIRED;
	}

	/**
	 * A load inside {@code computeIfAbsent}, whose function may not throw checked
	 * exceptions.
	 */
	private Entry load(int key) {
		try {
			return this.loader.load(key, this);
		}
		catch (InterruptedException ex) {
			throw new LoadInterrupted(ex);
		}
	}

	@Override
	void write(int key) {
		this.map.put(key, this.loader.written());
	}

	@Override
	@Nullable Entry peek(int key) {
		return this.map.get(key);
	}

	/**
	 * An interrupted load, carried out of {@code computeIfAbsent} to be rethrown as it
	 * was.
	 */
	private static final class LoadInterrupted extends RuntimeException {

		LoadInterrupted(InterruptedException cause) {
			super(cause);
		}

		@Override
		public synchronized InterruptedException getCause() {
			return (InterruptedException) super.getCause();
		}

	}

}
