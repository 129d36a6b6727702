package org.concurrency.lab.pattern;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiFunction;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.RunContext;

/**
 * The concurrent cache of seed 003's exercise: values expire after {@code ttl_ms}, many
 * readers, few writers, hits and misses counted. The hazard is the load: a value missing
 * or expired must be loaded once, not once per reader who noticed. The same readers and
 * writers read three caches in turn: {@link NaiveCache}, which duplicates loads,
 * {@link ReadWriteLockCache} (the seed's way) and {@link ComputeIfAbsentCache}, which do
 * not.
 * <p>
 * Every reader reads key 0 first, and the first load of key 0 finishes only once every
 * reader has asked for it: the burst of readers meets an empty cache in every run.
 */
@Endpoint(label = "cache",
		summary = "A cache with expiry: naive loads duplicate; read-write lock and computeIfAbsent load once")
final class Cache implements PatternVariant<CacheRequest, CacheResult> {

	@Override
	public CacheResult run(CacheRequest request, RunContext context) throws Exception {
		return new CacheResult(runOnce(request, context, Kind.NAIVE), runOnce(request, context, Kind.READ_WRITE_LOCK),
				runOnce(request, context, Kind.COMPUTE_IF_ABSENT));
	}

	@Override
	public String note(CacheRequest request, CacheResult result) {
		CacheResult.CacheRun naive = result.naive();
		CacheResult.CacheRun locked = result.readWriteLock();
		CacheResult.CacheRun computed = result.computeIfAbsent();
		return String.format(Locale.ROOT, """
				%d readers, %d writers, %d keys, ttl %d ms. Naive check-then-load: %d loads, %d of them \
				duplicates. Read-write lock: %d loads, %d duplicates. computeIfAbsent: %d loads, %d \
				duplicates: one load per key and expiry.""", request.readers(), request.writers(), request.keys(),
				request.ttlMs(), naive.loads(), naive.duplicateLoads(), locked.loads(), locked.duplicateLoads(),
				computed.loads(), computed.duplicateLoads());
	}

	private CacheResult.CacheRun runOnce(CacheRequest request, RunContext context, Kind kind) throws Exception {
		Reads reads = new Reads();
		CountDownLatch burst = new CountDownLatch(request.readers());
		CacheLoader loader = new CacheLoader(request, burst, context);
		ExpiringCache cache = kind.create.apply(loader, Duration.ofMillis(request.ttlMs()).toNanos());
		long end = System.nanoTime() + Duration.ofMillis(request.durationMs()).toNanos();
		try (ExecutorService readers = Executors.newFixedThreadPool(request.readers(),
				context.platformThreads(kind.prefix + "reader-"));
				ExecutorService writers = Executors.newFixedThreadPool(Math.max(1, request.writers()),
						context.platformThreads(kind.prefix + "writer-"))) {
			for (int reader = 0; reader < request.readers(); reader++) {
				readers.execute(() -> {
					long read = 0;
					try {
						do {
							int key = (int) (read % request.keys()); // key 0 first
							Runnable asked = (read == 0) ? burst::countDown : () -> {
							};
							reads.count(cache.read(key, asked));
							read++;
							Thread.sleep(1);
						}
						while (System.nanoTime() < end);
					}
					catch (InterruptedException ex) { // the run is stopping
						Thread.currentThread().interrupt();
					}
					catch (CancellationException ex) {
						// the deadline came while the first load of key 0 waited for the
						// burst
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
							reads.writes.increment();
						}
					}
					catch (InterruptedException ex) { // the run is stopping
						Thread.currentThread().interrupt();
					}
				});
			}
		}
		return reads.report(kind.how, loader, context.threadsAliveAfter(RunThreads.GRACE));
	}

	/** The three caches, in the order they are read. */
	private enum Kind {

		NAIVE("naive: get, then load and put", "naive-", NaiveCache::new),

		READ_WRITE_LOCK("read-write lock: a miss loads under the write lock, after checking again", "rw-",
				ReadWriteLockCache::new),

		COMPUTE_IF_ABSENT("ConcurrentHashMap: remove(key, expired), then computeIfAbsent", "chm-",
				ComputeIfAbsentCache::new);

		private final String how;

		private final String prefix;

		private final BiFunction<CacheLoader, Long, ExpiringCache> create;

		Kind(String how, String prefix, BiFunction<CacheLoader, Long, ExpiringCache> create) {
			this.how = how;
			this.prefix = prefix;
			this.create = create;
		}

	}

	/** What the readers found and the writers stored in one cache. */
	private static final class Reads {

		private final LongAdder hits = new LongAdder();

		private final LongAdder misses = new LongAdder();

		private final LongAdder expirations = new LongAdder();

		private final LongAdder writes = new LongAdder();

		void count(ExpiringCache.Read read) {
			switch (read) {
				case HIT -> this.hits.increment();
				case MISS -> this.misses.increment();
				case EXPIRED -> this.expirations.increment();
			}
		}

		CacheResult.CacheRun report(String how, CacheLoader loader, List<String> threadsAliveAfter) {
			long reads = this.hits.sum() + this.misses.sum() + this.expirations.sum();
			return new CacheResult.CacheRun(how, reads, this.hits.sum(), this.misses.sum(), this.expirations.sum(),
					loader.loads(), loader.duplicates(), this.writes.sum(), loader.loadsPerKey(),
					(reads > 0) ? Math.round(1000.0 * this.hits.sum() / reads) / 10.0 : 0, threadsAliveAfter);
		}

	}

}
