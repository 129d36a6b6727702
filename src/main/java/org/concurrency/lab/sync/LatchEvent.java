package org.concurrency.lab.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.RunContext;

/**
 * Python's {@code threading.Event} as a {@code CountDownLatch(1)}: waiters block in
 * {@code await()}, and one {@code countDown()} releases them all at once, within a
 * fraction of a millisecond, each having looked once. Without it, each waiter polls a
 * {@code volatile} flag and sleeps between looks: it sees the signal up to a poll
 * interval late, and wakes again and again for nothing meanwhile. (A latch opens once; an
 * {@code Event} can be cleared and set again, which a {@code Phaser} or a lock and
 * condition give in Java.)
 */
@Endpoint(label = "event",
		summary = "Waiters released together by a CountDownLatch (Python's Event), beside waiters polling a flag")
final class LatchEvent implements SyncVariant<EventRequest, EventResult> {

	@Override
	public EventResult run(EventRequest request, RunContext context) throws Exception {
		EventResult.Variant latch = signal(new Latch(), 0, request, context);
		EventResult.Variant polling = signal(new PolledFlag(request.pollMs(), request.numWorkers()),
				request.numWorkers(), request, context);
		return new EventResult(List.of(latch, polling));
	}

	@Override
	public String note(EventRequest request, EventResult result) {
		EventResult.Variant latch = result.variants().get(0);
		EventResult.Variant polling = result.variants().get(1);
		return request.numWorkers() + " waiters: a latch released them all " + latch.meanLatencyMs()
				+ " ms after the signal on average (at most " + latch.maxLatencyMs() + " ms), each looking once; "
				+ "polling a flag every " + request.pollMs() + " ms, they went on " + polling.meanLatencyMs()
				+ " ms late on average (at most " + polling.maxLatencyMs() + " ms), after " + polling.checks()
				+ " looks in all.";
	}

	private static EventResult.Variant signal(Signal signal, int firstIndex, EventRequest request, RunContext context)
			throws Exception {
		int waiters = request.numWorkers();
		CountDownLatch waiting = new CountDownLatch(waiters);
		List<Future<Woken>> woken = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(waiters,
				context.platformThreads(signal.label() + "-waiter-"))) {
			for (int waiter = 0; waiter < waiters; waiter++) {
				int self = waiter;
				woken.add(threads.submit(() -> context.task(firstIndex + self, () -> {
					int checks = signal.await(self, waiting, context);
					return new Woken(Thread.currentThread().getName(), System.nanoTime(), checks);
				})));
			}
			context.await(waiting); // every waiter waits
			Thread.sleep(Duration.ofNanos(request.delayNanos())); // the setter's own work
			long setAt = System.nanoTime();
			signal.set(); // set: every waiter may go on
			List<EventResult.Waiter> list = new ArrayList<>();
			for (Future<Woken> future : woken) {
				Woken one = context.get(future);
				list.add(new EventResult.Waiter(one.worker(), ms(one.at() - setAt), one.checks()));
			}
			double max = list.stream().mapToDouble(EventResult.Waiter::latencyMs).max().orElse(0);
			double min = list.stream().mapToDouble(EventResult.Waiter::latencyMs).min().orElse(0);
			double mean = list.stream().mapToDouble(EventResult.Waiter::latencyMs).average().orElse(0);
			int checks = list.stream().mapToInt(EventResult.Waiter::checks).sum();
			return new EventResult.Variant(signal.label(), list, Math.round(mean * 1000) / 1000.0, max,
					Math.round((max - min) * 1000) / 1000.0, checks);
		}
	}

	/** A wake-up latency: milliseconds to a thousandth, finer than the run's figures. */
	private static double ms(long nanos) {
		return Math.round(nanos / 1e3) / 1000.0;
	}

	private record Woken(String worker, long at, int checks) {
	}

	/** What waiters wait for. */
	private sealed interface Signal permits Latch, PolledFlag {

		String label();

		/**
		 * Waits for the signal, having counted down {@code waiting} once it waits.
		 * @return times it looked at the signal
		 */
		int await(int waiter, CountDownLatch waiting, RunContext context) throws Exception;

		void set();

	}

	/** The primitive: waiters park until the latch opens, and are all unparked then. */
	private static final class Latch implements Signal {

		private final CountDownLatch latch = new CountDownLatch(1);

		@Override
		public String label() {
			return "latch";
		}

		@Override
		public int await(int waiter, CountDownLatch waiting, RunContext context) throws Exception {
			waiting.countDown();
			context.await(this.latch); // parked until set
			return 1;
		}

		@Override
		public void set() {
			this.latch.countDown();
		}

	}

	/**
	 * Without it: a flag each waiter looks at, sleeping between looks. Waiters that
	 * started at different times look at different moments: here their looks are spread
	 * evenly over the interval, so that however the signal falls, some waiter looked just
	 * before it and sleeps most of an interval more.
	 */
	private static final class PolledFlag implements Signal {

		private final Duration interval;

		private final int waiters;

		private volatile boolean set;

		PolledFlag(int pollMs, int waiters) {
			this.interval = Duration.ofMillis(pollMs);
			this.waiters = waiters;
		}

		@Override
		public String label() {
			return "polling";
		}

		@Override
		public int await(int waiter, CountDownLatch waiting, RunContext context) throws Exception {
			int checks = 0;
			while (!this.set) { // read
				checks++;
				if (checks == 1) {
					// looked once and found it unset: now the setter may go
					waiting.countDown();
					context.sleep(this.interval.multipliedBy(waiter).dividedBy(this.waiters)); // phase
				}
				Duration nap = context.within(this.interval);
				if (nap.isZero()) {
					throw RunContext.reached("the flag");
				}
				// the signal may come now, and wait for this sleep
				Thread.sleep(nap);
			}
			return checks + 1;
		}

		@Override
		public void set() {
			this.set = true; // write
		}

	}

}
