package org.concurrency.lab.pattern;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * Check, then load and put: a thread-safe map, yet every reader that misses before the
 * first load is stored loads too.
 */
final class NaiveCache implements ExpiringCache {

	private final Map<Integer, Entry> map = new ConcurrentHashMap<>();

	private final CacheLoader loader;

	private final long ttl;

	NaiveCache(CacheLoader loader, long ttl) {
		this.loader = loader;
		this.ttl = ttl;
	}

	@Override
	public Read read(int key, Runnable asked) throws InterruptedException {
		Entry entry = this.map.get(key); // check
		asked.run();
		if (entry != null && entry.fresh(this.ttl)) {
			return Read.HIT;
		}
		this.map.put(key, this.loader.load(key, this)); // then act: others may be loading
														// it too
		return (entry == null) ? Read.MISS : Read.EXPIRED;
	}

	@Override
	public void write(int key) {
		this.map.put(key, this.loader.written());
	}

	@Override
	public @Nullable Entry peek(int key) {
		return this.map.get(key);
	}

}
