package org.concurrency.lab.pattern;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * Check, then load and put: a thread-safe map, yet every reader that misses before the
 * first load is stored loads too.
 */
final class NaiveCache extends ExpiringCache {

	private final Map<Integer, Entry> map = new ConcurrentHashMap<>();

	NaiveCache(CacheLoader loader, long ttl) {
		super(loader, ttl);
	}

	@Override
	Read read(int key, Runnable asked) throws InterruptedException {
		Entry entry = this.map.get(key); // check
		asked.run();
		if (entry != null && entry.fresh(this.ttl)) {
			return Read.HIT;
		}
		// then act: other readers may be loading it too
		this.map.put(key, this.loader.load(key, this));
		return (entry == null) ? Read.MISS : Read.EXPIRED;
	}

	@Override
	void write(int key) {
		this.map.put(key, this.loader.written());
	}

	@Override
	@Nullable Entry peek(int key) {
		return this.map.get(key);
	}

}
