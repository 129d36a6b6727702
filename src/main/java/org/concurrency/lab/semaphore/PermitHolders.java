package org.concurrency.lab.semaphore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;

/**
 * A crowd of workers that each take a permit, hold it a while and give it back, with the
 * number inside counted by an {@link AtomicInteger} and its highest value kept.
 * <p>
 * The highest value is meant to be the limit every time, not by luck: every worker tries
 * for a permit once before anyone gives one back, and the first workers in wait for each
 * other until as many are inside as there is room for. Then {@code maxConcurrent} is
 * exactly the room: the free permits, or every worker when nothing limits them.
 */
final class PermitHolders {

	private PermitHolders() {
	}

	/**
	 * Runs {@code workers} workers on platform threads named {@code prefix…}, their
	 * timeline entries numbered from {@code offset}.
	 */
	static PermitCrowd run(String prefix, int workers, Permits permits, Duration hold, int offset, RunContext context)
			throws Exception {
		return run(context.platformThreads(prefix), workers, permits, hold, offset, context);
	}

	/** Runs {@code workers} workers, a thread of {@code threads} each. */
	static PermitCrowd run(ThreadFactory threads, int workers, Permits permits, Duration hold, int offset,
			RunContext context) throws Exception {
		int room = Math.min(workers, permits.availablePermits());
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger maxInside = new AtomicInteger();
		AtomicInteger waited = new AtomicInteger();
		CountDownLatch tried = new CountDownLatch(workers);
		CountDownLatch full = new CountDownLatch(room);
		List<Future<?>> tasks = new ArrayList<>();
		long start = System.nanoTime();
		try (ExecutorService pool = Executors.newThreadPerTaskExecutor(threads)) {
			for (int worker = 0; worker < workers; worker++) {
				int index = offset + worker;
				tasks.add(pool.submit(() -> {
					boolean acquired = permits.tryAcquire();
					tried.countDown();
					if (!acquired) {
						waited.incrementAndGet();
						permits.acquire(context); // waits for a worker to leave
					}
					try {
						RunContext.TaskClock clock = context.begin(index);
						maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max); // in
						full.countDown();
						// the first ones in wait for the room to fill, and for
						// everyone to have tried for a permit once
						context.await(full);
						context.await(tried);
						Thread.sleep(hold);
						inside.decrementAndGet(); // out, before the permit goes back
						clock.end();
					}
					finally {
						permits.release();
					}
					return null;
				}));
			}
			for (Future<?> task : tasks) {
				context.get(task);
			}
		}
		return new PermitCrowd(workers, maxInside.get(), waited.get(), Millis.since(start));
	}

	/**
	 * What the crowd did.
	 *
	 * @param workers workers that took part
	 * @param maxConcurrent the most workers inside at once
	 * @param waitedForPermit workers that found no permit free and waited for one
	 * @param wallMs from the first worker started until the last ended
	 */
	record PermitCrowd(int workers, int maxConcurrent, int waitedForPermit, double wallMs) {
	}

}
