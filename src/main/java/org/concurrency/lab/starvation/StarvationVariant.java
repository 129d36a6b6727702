package org.concurrency.lab.starvation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;
import org.concurrency.lab.experiment.StartGate;
import org.concurrency.lab.experiment.TopicName;
import org.concurrency.lab.experiment.Variant;
import org.jspecify.annotations.Nullable;

/**
 * Threads that want one lock all the time: each takes it, holds it briefly (busy, so the
 * lock is really contended), releases it and asks again at once. What differs is whom the
 * lock goes to.
 */
@TopicName("starvation")
enum StarvationVariant implements Variant<StarvationRequest, StarvationResult> {

	/**
	 * {@code new ReentrantLock()}: when the holder releases, it wakes the longest waiter,
	 * but the lock is free for anyone meanwhile, and the thread that just released it,
	 * already running, asks again within nanoseconds, long before the woken waiter is
	 * scheduled (tens of microseconds). It barges in, again and again: the lock changes
	 * hands rarely and the others wait long, some starve. Unfair locks are the default
	 * because barging saves a thread switch per hand-off, which usually buys throughput;
	 * the run's {@code acquisitions} show what it bought on this machine.
	 */
	@Endpoint(label = "unfair",
			summary = "Threads contending for an unfair ReentrantLock: the releasing thread barges back in")
	UNFAIR(false),

	/**
	 * {@code new ReentrantLock(true)}: a thread may take the lock only if no thread waits
	 * longer, so the releasing thread queues behind the others and the lock goes round in
	 * FIFO order. No one starves; each hand-off costs a thread wake-up.
	 */
	@Endpoint(label = "fair",
			summary = "The same threads on a fair ReentrantLock(true): the lock goes round in FIFO order")
	FAIR(true);

	private final boolean fair;

	StarvationVariant(boolean fair) {
		this.fair = fair;
	}

	@Override
	public StarvationResult run(StarvationRequest request, RunContext context) throws Exception {
		int size = request.numWorkers();
		ReentrantLock lock = new ReentrantLock(this.fair);
		Turns turns = new Turns();
		StartGate gate = context.startGate(size);
		List<Contender> contenders = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(size, context.platformThreads("worker-"))) {
			List<Future<?>> futures = new ArrayList<>();
			for (int worker = 0; worker < size; worker++) {
				Contender contender = new Contender(worker, lock, turns, request);
				contenders.add(contender);
				futures.add(pool.submit(() -> contender.contend(gate, context)));
			}
			gate.open(); // all start together
			for (Future<?> future : futures) {
				context.get(future); // the workers stop when the duration is up
			}
		}
		return result(contenders, turns);
	}

	@Override
	public String note(StarvationRequest request, StarvationResult result) {
		return request.numWorkers() + " threads wanted " + (this.fair ? "a fair" : "an unfair") + " lock for "
				+ request.durationMs() + " ms: it changed hands on " + Math.round(result.handoffRate() * 1000) / 10.0
				+ "% of " + result.acquisitions() + " acquisitions (one thread took it up to " + result.longestStreak()
				+ " times in a row) and a thread waited up to " + result.longestWaitMs() + " ms. "
				+ (this.fair
						? "Fair: the lock goes to the longest waiter, in turn; no one starves, but "
								+ "every hand-off costs a thread wake-up."
						: "Unfair: the thread releasing the lock barges back in before the waiter it woke is "
								+ "scheduled, so the others wait and may starve.");
	}

	private StarvationResult result(List<Contender> contenders, Turns turns) {
		long total = contenders.stream().mapToLong((contender) -> contender.acquisitions).sum();
		long most = contenders.stream().mapToLong((contender) -> contender.acquisitions).max().orElse(0);
		long fewest = contenders.stream().mapToLong((contender) -> contender.acquisitions).min().orElse(0);
		List<StarvationResult.WorkerShare> workers = contenders.stream()
			.map((contender) -> new StarvationResult.WorkerShare(contender.name, contender.acquisitions,
					ratio(contender.acquisitions, total, 3), Millis.round(contender.longestWaitNanos / 1e6),
					Millis.round(contender.heldNanos / 1e6)))
			.toList();
		double longestWait = workers.stream().mapToDouble(StarvationResult.WorkerShare::longestWaitMs).max().orElse(0);
		return new StarvationResult(this.fair, total, turns.handoffs, ratio(turns.handoffs, total, 4),
				ratio(total, turns.handoffs, 1), turns.longestStreak, ratio(fewest, most, 3), longestWait, workers);
	}

	/** {@code part ÷ whole} to {@code decimals} places; 0 when there is no whole. */
	private static double ratio(long part, long whole, int decimals) {
		double scale = Math.pow(10, decimals);
		return (whole > 0) ? Math.round((double) part / whole * scale) / scale : 0;
	}

	/**
	 * Who had the lock last and for how many turns in a row; guarded by the lock itself.
	 */
	static final class Turns {

		private @Nullable Thread last;

		private long streak;

		long longestStreak;

		long handoffs;

		/** Called by the new holder, with the lock held. */
		void taken(Thread holder) {
			if (holder == this.last) {
				this.streak++; // barged in: took it straight back
			}
			else {
				this.last = holder;
				this.streak = 1;
				this.handoffs++;
			}
			this.longestStreak = Math.max(this.longestStreak, this.streak);
		}

	}

	/** One thread wanting the lock all the time; its counters are its own. */
	static final class Contender {

		private final int index;

		private final ReentrantLock lock;

		private final Turns turns;

		private final long durationNanos;

		private final long holdNanos;

		String name = "";

		long acquisitions;

		long longestWaitNanos;

		long heldNanos;

		Contender(int index, ReentrantLock lock, Turns turns, StarvationRequest request) {
			this.index = index;
			this.lock = lock;
			this.turns = turns;
			this.durationNanos = Duration.ofMillis(request.durationMs()).toNanos();
			this.holdNanos = request.holdUs() * 1000L;
		}

		Void contend(StartGate gate, RunContext context) throws InterruptedException {
			this.name = Thread.currentThread().getName();
			gate.arriveAndAwait(); // all start together
			RunContext.TaskClock clock = context.begin(this.index);
			long end = System.nanoTime() + this.durationNanos;
			while (true) {
				context.checkStopped();
				long asked = System.nanoTime();
				if (asked >= end) {
					break;
				}
				// a timed tryLock is fair on a fair lock; tryLock() would barge
				boolean taken = this.lock.tryLock(context.within(Duration.ofNanos(end - asked)).toNanos(),
						TimeUnit.NANOSECONDS);
				long taking = System.nanoTime();
				this.longestWaitNanos = Math.max(this.longestWaitNanos, taking - asked);
				if (!taken && taking < end) {
					// the run's deadline came before the end of the contention
					throw RunContext.reached("the lock");
				}
				if (!taken) {
					break; // waited until the end without getting it
				}
				try {
					this.acquisitions++;
					this.turns.taken(Thread.currentThread());
					while (System.nanoTime() - taking < this.holdNanos) {
						Thread.onSpinWait(); // holds the lock, busy
					}
					this.heldNanos += System.nanoTime() - taking;
				}
				finally {
					this.lock.unlock(); // and straight back to tryLock: no pause
				}
			}
			// the timeline shades each row by its share
			clock.end(Duration.ofNanos(this.heldNanos));
			return null;
		}

	}

}
