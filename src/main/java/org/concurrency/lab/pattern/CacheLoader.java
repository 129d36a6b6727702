package org.concurrency.lab.pattern;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

import org.concurrency.lab.experiment.RunContext;

/**
 * The slow source behind a cache: counts every load, and every duplicate — a load started
 * while another load of its key is in flight, or a fresh value is already there.
 */
final class CacheLoader {

	private final CacheRequest request;

	private final CountDownLatch burst;

	private final RunContext context;

	private final AtomicIntegerArray inFlight;

	private final AtomicLong versions = new AtomicLong();

	private final LongAdder loads = new LongAdder();

	private final LongAdder duplicates = new LongAdder();

	private final AtomicLongArray loadsPerKey;

	/**
	 * @param burst counted down by each reader's first read: the first load of key 0 ends
	 * only once every reader has asked for it
	 */
	CacheLoader(CacheRequest request, CountDownLatch burst, RunContext context) {
		this.request = request;
		this.burst = burst;
		this.context = context;
		this.inFlight = new AtomicIntegerArray(request.keys());
		this.loadsPerKey = new AtomicLongArray(request.keys());
	}

	ExpiringCache.Entry load(int key, ExpiringCache cache) throws InterruptedException {
		ExpiringCache.Entry current = cache.peek(key);
		boolean duplicate = this.inFlight.incrementAndGet(key) > 1
				|| (current != null && current.fresh(Duration.ofMillis(this.request.ttlMs()).toNanos()));
		try {
			if (key == 0) { // the first load of key 0 waits for every reader to ask
				this.context.await(this.burst);
			}
			Thread.sleep(this.request.loadMs());
			this.loads.increment();
			this.loadsPerKey.incrementAndGet(key);
			if (duplicate) {
				this.duplicates.increment();
			}
			return written();
		}
		finally {
			this.inFlight.decrementAndGet(key);
		}
	}

	/** A fresh value, as a load or a writer makes it. */
	ExpiringCache.Entry written() {
		return new ExpiringCache.Entry(this.versions.incrementAndGet(), System.nanoTime());
	}

	long loads() {
		return this.loads.sum();
	}

	long duplicates() {
		return this.duplicates.sum();
	}

	List<Long> loadsPerKey() {
		return IntStream.range(0, this.loadsPerKey.length()).mapToLong(this.loadsPerKey::get).boxed().toList();
	}

}
