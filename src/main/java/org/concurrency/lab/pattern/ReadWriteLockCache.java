package org.concurrency.lab.pattern;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.jspecify.annotations.Nullable;

/**
 * The seed's cache: readers share the read lock; a miss takes the write lock and checks
 * again before loading, so one load per key and expiry, but while it loads, readers of
 * every key wait.
 */
final class ReadWriteLockCache extends ExpiringCache {

	private final Map<Integer, Entry> map = new HashMap<>(); // guarded by lock

	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	ReadWriteLockCache(CacheLoader loader, long ttl) {
		super(loader, ttl);
	}

	@Override
	Read read(int key, Runnable asked) throws InterruptedException {
		asked.run();
		Entry entry;
		this.lock.readLock().lock();
		try {
			entry = this.map.get(key);
			if (entry != null && entry.fresh(this.ttl)) {
				return Read.HIT;
			}
		}
		finally {
			this.lock.readLock().unlock();
		}
		this.lock.writeLock().lock();
		try {
			Entry again = this.map.get(key); // another reader may have loaded it
			if (again == null || !again.fresh(this.ttl)) {
				this.map.put(key, this.loader.load(key, this));
			}
		}
		finally {
			this.lock.writeLock().unlock();
		}
		return (entry == null) ? Read.MISS : Read.EXPIRED;
	}

	@Override
	void write(int key) {
		this.lock.writeLock().lock();
		try {
			this.map.put(key, this.loader.written());
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	@Override
	@Nullable Entry peek(int key) {
		return this.map.get(key); // called by load(), under the write lock
	}

}
