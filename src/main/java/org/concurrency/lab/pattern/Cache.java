package org.concurrency.lab.pattern;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.IntStream;

import org.concurrency.lab.experiment.Experiment;
import org.concurrency.lab.experiment.RunContext;
import org.jspecify.annotations.Nullable;

/**
 * The concurrent cache of seed 003's exercise: values expire after {@code ttl_ms}, many
 * readers, few writers, hits and misses counted. The hazard is the load: a value missing
 * or expired must be loaded once, not once per reader who noticed.
 * <ul>
 * <li>naive: check, then load and put. Every reader that misses before the first load is
 * stored loads too: duplicate loads.</li>
 * <li>read-write lock (the seed's way): readers share the read lock; a miss takes the
 * write lock and checks again before loading, so one load per key and expiry, but while
 * it loads, readers of every key wait.</li>
 * <li>{@code ConcurrentHashMap.computeIfAbsent}: an expired entry is removed with
 * {@code remove(key, entry)} (only that entry, only once), and {@code computeIfAbsent}
 * runs the load at most once per absent key while the readers of that key wait for it.
 * (Keep such loads short: they hold a lock on the map's bin; a long one calls for a map
 * of futures, as Java Concurrency in Practice's Memoizer.)</li>
 * </ul>
 * Every reader reads key 0 first, and the first load of key 0 finishes only once every
 * reader has asked for it: the burst of readers meets an empty cache in every run. A load
 * is a duplicate if another load of its key is in flight, or a fresh value is already
 * there, when it starts.
 */
final class Cache implements Experiment<CacheRequest, CacheResult> {

	@Override
	public CacheResult run(CacheRequest request, RunContext context) throws Exception {
		CacheResult.CacheRun naive = runOnce(request, context, Kind.NAIVE);
		CacheResult.CacheRun locked = runOnce(request, context, Kind.READ_WRITE_LOCK);
		CacheResult.CacheRun computed = runOnce(request, context, Kind.COMPUTE_IF_ABSENT);
		context.note(String.format(Locale.ROOT,
				"%d readers, %d writers, %d keys, ttl %d ms. Naive check-then-load: %d loads, %d of them "
						+ "duplicates. Read-write lock: %d loads, %d duplicates. computeIfAbsent: %d loads, %d "
						+ "duplicates: one load per key and expiry.",
				request.readers(), request.writers(), request.keys(), request.ttlMs(), naive.loads(),
				naive.duplicateLoads(), locked.loads(), locked.duplicateLoads(), computed.loads(),
				computed.duplicateLoads()));
		return new CacheResult(naive, locked, computed);
	}

	private CacheResult.CacheRun runOnce(CacheRequest request, RunContext context, Kind kind) throws Exception {
		StartedThreads started = new StartedThreads();
		Stats stats = new Stats(request.keys());
		CountDownLatch burst = new CountDownLatch(request.readers());
		long ttl = Duration.ofMillis(request.ttlMs()).toNanos();
		ExpiringCache cache = kind.create(new Loader(stats, burst, request, context), ttl);
		long end = System.nanoTime() + Duration.ofMillis(request.durationMs()).toNanos();
		try (ExecutorService readers = Executors.newFixedThreadPool(request.readers(),
				started.keep(context.platformThreads(kind.prefix + "reader-")));
				ExecutorService writers = Executors.newFixedThreadPool(Math.max(1, request.writers()),
						started.keep(context.platformThreads(kind.prefix + "writer-")))) {
			for (int reader = 0; reader < request.readers(); reader++) {
				readers.execute(() -> {
					long read = 0;
					try {
						do {
							int key = (int) (read % request.keys()); // key 0 first
							Runnable asked = (read == 0) ? burst::countDown : () -> {
							};
							stats.count(cache.read(key, asked));
							read++;
							Thread.sleep(1);
						}
						while (System.nanoTime() < end);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					catch (IllegalStateException ex) {
						// a load interrupted in computeIfAbsent: the run is stopping
					}
				});
			}
			for (int writer = 0; writer < request.writers(); writer++) {
				int first = writer;
				writers.execute(() -> {
					try {
						for (int write = first; System.nanoTime() < end; write++) {
							Thread.sleep(Math.max(1, request.ttlMs() / 2));
							cache.write(write % request.keys());
							stats.writes.increment();
						}
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				});
			}
		}
		return stats.report(kind.how, started);
	}

	/** One cached value and when it was loaded or written. */
	private record Entry(long value, long bornNanos) {

		boolean fresh(long ttl) {
			return System.nanoTime() - this.bornNanos < ttl;
		}

	}

	/** What one read found. */
	private enum Read {

		HIT, MISS, EXPIRED

	}

	/** The three caches. */
	private interface ExpiringCache {

		/** Reads {@code key}; {@code asked} runs once the reader has asked for it. */
		Read read(int key, Runnable asked) throws InterruptedException;

		void write(int key);

		/** The entry now held for {@code key}, without waiting for anything. */
		@Nullable Entry peek(int key);

	}

	private enum Kind {

		NAIVE("naive: get, then load and put", "naive-") {
			@Override
			ExpiringCache create(Loader loader, long ttl) {
				Map<Integer, Entry> map = new ConcurrentHashMap<>();
				return new ExpiringCache() {
					@Override
					public Read read(int key, Runnable asked) throws InterruptedException {
						Entry entry = map.get(key); // check
						asked.run();
						if (entry != null && entry.fresh(ttl)) {
							return Read.HIT;
						}
						// then act: others may be loading it too
						map.put(key, loader.load(key, this));
						return (entry == null) ? Read.MISS : Read.EXPIRED;
					}

					@Override
					public void write(int key) {
						map.put(key, loader.written());
					}

					@Override
					public @Nullable Entry peek(int key) {
						return map.get(key);
					}
				};
			}
		},

		READ_WRITE_LOCK("read-write lock: a miss loads under the write lock, after checking again", "rw-") {
			@Override
			ExpiringCache create(Loader loader, long ttl) {
				Map<Integer, Entry> map = new HashMap<>(); // guarded by lock
				ReadWriteLock lock = new ReentrantReadWriteLock();
				return new ExpiringCache() {
					@Override
					public Read read(int key, Runnable asked) throws InterruptedException {
						asked.run();
						Entry entry;
						lock.readLock().lock();
						try {
							entry = map.get(key);
							if (entry != null && entry.fresh(ttl)) {
								return Read.HIT;
							}
						}
						finally {
							lock.readLock().unlock();
						}
						lock.writeLock().lock();
						try {
							// another reader may have loaded it
							Entry again = map.get(key);
							if (again == null || !again.fresh(ttl)) {
								map.put(key, loader.load(key, this));
							}
						}
						finally {
							lock.writeLock().unlock();
						}
						return (entry == null) ? Read.MISS : Read.EXPIRED;
					}

					@Override
					public void write(int key) {
						lock.writeLock().lock();
						try {
							map.put(key, loader.written());
						}
						finally {
							lock.writeLock().unlock();
						}
					}

					@Override
					public @Nullable Entry peek(int key) {
						return map.get(key); // called by load(), under the write lock
					}
				};
			}
		},

		COMPUTE_IF_ABSENT("ConcurrentHashMap: remove(key, expired), then computeIfAbsent", "chm-") {
			@Override
			ExpiringCache create(Loader loader, long ttl) {
				ConcurrentHashMap<Integer, Entry> map = new ConcurrentHashMap<>();
				return new ExpiringCache() {
					@Override
					public Read read(int key, Runnable asked) {
						asked.run();
						Entry entry = map.get(key);
						if (entry != null && entry.fresh(ttl)) {
							return Read.HIT;
						}
						if (entry != null) {
							map.remove(key, entry); // only this expired entry, only once
						}
						map.computeIfAbsent(key, (absent) -> loader.loadUninterruptibly(absent, this));
						return (entry == null) ? Read.MISS : Read.EXPIRED;
					}

					@Override
					public void write(int key) {
						map.put(key, loader.written());
					}

					@Override
					public @Nullable Entry peek(int key) {
						return map.get(key);
					}
				};
			}
		};

		private final String how;

		private final String prefix;

		Kind(String how, String prefix) {
			this.how = how;
			this.prefix = prefix;
		}

		abstract ExpiringCache create(Loader loader, long ttl);

	}

	/** The slow source behind the cache: counts every load and every duplicate. */
	private static final class Loader {

		private final Stats stats;

		private final CountDownLatch burst;

		private final CacheRequest request;

		private final RunContext context;

		private final AtomicIntegerArray inFlight;

		private final AtomicLong versions = new AtomicLong();

		Loader(Stats stats, CountDownLatch burst, CacheRequest request, RunContext context) {
			this.stats = stats;
			this.burst = burst;
			this.request = request;
			this.context = context;
			this.inFlight = new AtomicIntegerArray(request.keys());
		}

		Entry load(int key, ExpiringCache cache) throws InterruptedException {
			Entry current = cache.peek(key);
			boolean duplicate = this.inFlight.incrementAndGet(key) > 1
					|| (current != null && current.fresh(Duration.ofMillis(this.request.ttlMs()).toNanos()));
			try {
				if (key == 0) { // the first load of key 0 waits for every reader to ask
					this.burst.await(this.context.remaining().toNanos(), TimeUnit.NANOSECONDS);
				}
				Thread.sleep(this.request.loadMs());
				this.stats.loaded(key, duplicate);
				return written();
			}
			finally {
				this.inFlight.decrementAndGet(key);
			}
		}

		/**
		 * For {@code computeIfAbsent}, whose function may not throw checked exceptions.
		 */
		Entry loadUninterruptibly(int key, ExpiringCache cache) {
			try {
				return load(key, cache);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("load of key " + key + " interrupted", ex);
			}
		}

		Entry written() {
			return new Entry(this.versions.incrementAndGet(), System.nanoTime());
		}

	}

	/** The counts of one run. */
	private static final class Stats {

		private final LongAdder hits = new LongAdder();

		private final LongAdder misses = new LongAdder();

		private final LongAdder expirations = new LongAdder();

		private final LongAdder loads = new LongAdder();

		private final LongAdder duplicates = new LongAdder();

		private final LongAdder writes = new LongAdder();

		private final AtomicLongArray loadsPerKey;

		Stats(int keys) {
			this.loadsPerKey = new AtomicLongArray(keys);
		}

		void count(Read read) {
			switch (read) {
				case HIT -> this.hits.increment();
				case MISS -> this.misses.increment();
				case EXPIRED -> this.expirations.increment();
			}
		}

		void loaded(int key, boolean duplicate) {
			this.loads.increment();
			this.loadsPerKey.incrementAndGet(key);
			if (duplicate) {
				this.duplicates.increment();
			}
		}

		CacheResult.CacheRun report(String how, StartedThreads started) {
			long reads = this.hits.sum() + this.misses.sum() + this.expirations.sum();
			return new CacheResult.CacheRun(how, reads, this.hits.sum(), this.misses.sum(), this.expirations.sum(),
					this.loads.sum(), this.duplicates.sum(), this.writes.sum(),
					IntStream.range(0, this.loadsPerKey.length()).mapToLong(this.loadsPerKey::get).boxed().toList(),
					(reads > 0) ? Math.round(1000.0 * this.hits.sum() / reads) / 10.0 : 0, started.alive());
		}

	}

}
