package org.concurrency.lab.semaphore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;

/**
 * A rate limit from a semaphore whose permits come back one period after use: an
 * operation takes a permit, starts, and a scheduler returns the permit {@code period_ms}
 * later. Any {@code permits_per_period + 1} operations that started within one period of
 * each other would all be holding a permit at the last one's start, which the semaphore
 * forbids: so no sliding window holds more than the limit, not only the windows counted
 * from the first start (a fixed-window counter that resets every period lets twice the
 * limit through across a reset).
 * <p>
 * The seed's asyncio {@code RateLimiter} sleeps for the period before releasing, holding
 * the task; here a {@link ScheduledThreadPoolExecutor} gives the permit back and no
 * thread waits for it. Without the limiter every operation starts at once.
 */
@Endpoint(label = "rate-limit",
		summary = "At most permits_per_period operations in any period_ms window, beside the same operations unlimited")
final class RateLimit implements SemaphoreVariant<RateLimitRequest, RateLimitResult> {

	@Override
	public RateLimitResult run(RateLimitRequest request, RunContext context) throws Exception {
		RateLimitResult.StartSchedule limited = schedule(request, true, context);
		RateLimitResult.StartSchedule unlimited = schedule(request, false, context);
		double limitPerSecond = tenths(request.permitsPerPeriod() * 1000.0 / request.periodMs());
		return new RateLimitResult(request.permitsPerPeriod(), request.periodMs(), limitPerSecond, limited, unlimited);
	}

	@Override
	public String note(RateLimitRequest request, RateLimitResult result) {
		RateLimitResult.StartSchedule limited = result.limited();
		RateLimitResult.StartSchedule unlimited = result.withoutLimiter();
		return request.operations() + " operations, at most " + request.permitsPerPeriod() + " per "
				+ request.periodMs() + " ms (" + result.limitPerSecond() + "/s): with the limiter at most "
				+ limited.maxInAnyWindow() + " started in any " + request.periodMs() + " ms window, "
				+ limited.perPeriod() + " per period, " + limited.achievedPerSecond() + "/s; without it "
				+ unlimited.maxInAnyWindow() + " started in one window, " + unlimited.achievedPerSecond() + "/s.";
	}

	private static RateLimitResult.StartSchedule schedule(RateLimitRequest request, boolean limit, RunContext context)
			throws Exception {
		Semaphore semaphore = new Semaphore(request.permitsPerPeriod(), true);
		long[] starts = new long[request.operations()];
		AtomicInteger next = new AtomicInteger();
		int offset = limit ? 0 : request.operations();
		List<Future<?>> workers = new ArrayList<>();
		try (ScheduledThreadPoolExecutor refills = new ScheduledThreadPoolExecutor(1,
				context.platformThreads("refill-"));
				ExecutorService pool = Executors.newFixedThreadPool(request.numWorkers(),
						context.platformThreads(limit ? "limited-" : "unlimited-"))) {
			refills.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
			for (int worker = 0; worker < request.numWorkers(); worker++) {
				workers.add(pool.submit(() -> {
					for (int op = next.getAndIncrement(); op < starts.length; op = next.getAndIncrement()) {
						if (limit) {
							context.acquire(semaphore); // waits for a permit to come back
						}
						RunContext.TaskClock clock = context.begin(offset + op);
						starts[op] = System.nanoTime(); // the operation starts
						if (limit) {
							// the permit comes back one period after this start
							Runnable refill = semaphore::release;
							refills.schedule(refill, request.periodMs(), TimeUnit.MILLISECONDS);
						}
						clock.end();
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				context.get(worker);
			}
		}
		return measure(starts, request, context.limits().timelineEntries());
	}

	private static RateLimitResult.StartSchedule measure(long[] starts, RateLimitRequest request, int shown) {
		long[] sorted = starts.clone();
		Arrays.sort(sorted);
		long period = TimeUnit.MILLISECONDS.toNanos(request.periodMs());
		long first = sorted[0];
		int maxInWindow = 0;
		int end = 0;
		for (int start = 0; start < sorted.length; start++) {
			while (end < sorted.length && sorted[end] - sorted[start] < period) {
				end++;
			}
			// the window [sorted[start], sorted[start] + period)
			maxInWindow = Math.max(maxInWindow, end - start);
		}
		List<Integer> perPeriod = new ArrayList<>();
		List<Double> startsMs = new ArrayList<>();
		for (long start : sorted) {
			int window = (int) ((start - first) / period);
			while (perPeriod.size() <= window) {
				perPeriod.add(0);
			}
			perPeriod.set(window, perPeriod.get(window) + 1);
			if (startsMs.size() < shown) {
				startsMs.add(Millis.round((start - first) / 1e6));
			}
		}
		double spanSeconds = (sorted[sorted.length - 1] - first + period) / 1e9;
		return new RateLimitResult.StartSchedule(starts.length, maxInWindow, perPeriod,
				tenths(starts.length / spanSeconds), startsMs);
	}

	/** A rate per second, to a tenth. */
	private static double tenths(double perSecond) {
		return Math.round(perSecond * 10) / 10.0;
	}

}
