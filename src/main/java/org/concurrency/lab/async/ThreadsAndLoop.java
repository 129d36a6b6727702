package org.concurrency.lab.async;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.LimitCheck;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;
import org.concurrency.lab.experiment.Violation;
import org.jspecify.annotations.Nullable;

/**
 * Threads and the loop, both ways: the seed's {@code run_in_process}, whose callback
 * hands the result back with {@code loop.call_soon_threadsafe(future.set_result,
 * result)}. The loop hands blocking calls to a pool of worker threads and keeps ticking
 * while they block. The way back is the lesson: a {@code CompletableFuture} runs its
 * callbacks on the thread that completes it. A worker that completes the loop's future
 * itself runs the loop's callbacks on the worker, and the state they change, which has no
 * lock because only the loop should touch it, is touched by several threads at once (each
 * wave of calls ends at a barrier, so the completions overlap for certain, not by luck):
 * its increments can be lost. Handed back with {@link EventLoop#execute}
 * ({@code call_soon_threadsafe}), the completion and every callback run on the loop's
 * thread, one at a time. The other way, a thread runs a coroutine on the loop with
 * {@link EventLoop#submit} ({@code run_coroutine_threadsafe}) and waits for its future:
 * fine from a worker; from the loop's own thread the wait cannot end, since the coroutine
 * needs that very thread, and it gives up after a patience.
 * <p>
 * It is longer than most variants because it keeps the lesson's three parts side by side,
 * as the lab keeps a broken and a fixed variant: callbacks completed on the workers,
 * results handed back with the loop's execute, and coroutines submitted from threads,
 * with the heartbeat that shows the loop never stalls.
 */
@Endpoint(label = "threads-and-loop",
		summary = "Worker threads hand results back to the loop: completed on the worker, the loop's callbacks run there; through loop.execute (call_soon_threadsafe), on the loop")
final class ThreadsAndLoop implements AsyncVariant<ThreadsAndLoopRequest, ThreadsAndLoopResult> {

	/** Names in order: worker-2 before worker-10. */
	private static final Comparator<String> BY_NAME = Comparator.comparingInt(String::length)
		.thenComparing(Comparator.naturalOrder());

	/** Three parts of {@code waves × delay} each must end well before the deadline. */
	@Override
	public void check(ThreadsAndLoopRequest request, LimitCheck check) {
		if (request.delay() > 0) {
			double half = check.lab().deadline().toMillis() / 2000.0;
			long waves = (long) (half / (3 * request.delay()));
			if (waves < 1) {
				check.add(new Violation("delay", request.delay(), "between 0.0 and " + (half / 3),
						"lab.limits.deadline"));
			}
			else if (request.waves() > waves) {
				check.add(new Violation("tasks", (long) request.tasks(), "between 1 and " + waves * request.workers(),
						"lab.limits.deadline"));
			}
		}
	}

	@Override
	public ThreadsAndLoopResult run(ThreadsAndLoopRequest request, RunContext context) throws Exception {
		long tick = AsyncParams.nanos(request.tick());
		try (EventLoop loop = new EventLoop(context, "event-loop");
				ExecutorService workers = Executors.newFixedThreadPool(request.workers(),
						context.platformThreads("worker-"))) {
			Heartbeat heartbeat = new Heartbeat();
			AtomicReference<@Nullable Tally> watched = new AtomicReference<>();
			loop.every(System.nanoTime(), 0, tick, () -> {
				heartbeat.beat();
				Tally tally = watched.get();
				if (tally != null) {
					tally.read(); // the loop reads its own state
				}
			});
			Part part = new Part(request, loop, workers, heartbeat, tick, context);

			// broken: future.set_result(rows) on the worker's thread
			ThreadsAndLoopResult.Handoff fromTheWorker = part
				.handoff("each worker completed the loop's future on its own thread", false, 0, watched);
			// fixed: loop.call_soon_threadsafe(future.set_result, rows)
			ThreadsAndLoopResult.Handoff threadsafe = part.handoff(
					"each worker handed the completion to the loop (loop.execute, call_soon_threadsafe)", true,
					request.tasks(), watched);
			watched.set(null);
			// the other way: run_coroutine_threadsafe(coro, loop).result() on a worker
			ThreadsAndLoopResult.CoroutineCalls coroutines = part.coroutines(2 * request.tasks());
			// and the same wait on the loop's own thread
			ThreadsAndLoopResult.LoopWait fromTheLoop = part.waitOnTheLoop(3 * request.tasks());
			return new ThreadsAndLoopResult(Millis.of(tick), loop.threadName(), fromTheWorker, threadsafe, coroutines,
					fromTheLoop);
		}
	}

	@Override
	public String note(ThreadsAndLoopRequest request, ThreadsAndLoopResult result) {
		ThreadsAndLoopResult.Handoff broken = result.fromTheWorker();
		ThreadsAndLoopResult.Handoff fixed = result.threadsafe();
		String race = (broken.rowsLost() > 0)
				? String.format(Locale.ROOT, "and lost %,d of %,d rows to the race", broken.rowsLost(),
						broken.rowsExpected())
				: "and this time lost no row (the race is there; it does not show every time)";
		return String.format(Locale.ROOT, """
				Completed by the worker threads themselves, the %d callbacks ran on %s (%d of %d on %s): the \
				loop's tally, which has no lock because only the loop should touch it, was touched by %d \
				threads, %s while another was at it, %s. Handed back with loop.execute \
				(call_soon_threadsafe), all %d ran on %s and the tally counted every row (%,d). Both \
				times the loop kept ticking while the threads blocked: %d and %d ticks of about %d and \
				%d, never more than %.0f ms apart. The other way, %d worker threads each ran a coroutine \
				on the loop (run_coroutine_threadsafe) and waited for its future: %d answered, every \
				coroutine ran on %s. The same wait made on the loop's own thread cannot end, since the \
				coroutine needs that thread: it gave up after %.0f ms, the coroutine started only then \
				(at %.0f ms), and the loop stood still for %.0f ms.""", broken.callbacks(),
				String.join(", ", broken.callbackThreads()), broken.callbacksOnLoop(), broken.calls(),
				result.loopThread(), broken.stateTouchedBy().size(), times(broken.overlappingTouches()), race,
				fixed.callbacks(), String.join(", ", fixed.callbackThreads()), fixed.rowsCounted(),
				broken.heartbeat().ticks(), fixed.heartbeat().ticks(), broken.heartbeat().ticksExpected(),
				fixed.heartbeat().ticksExpected(),
				Math.max(broken.heartbeat().longestGapMs(), fixed.heartbeat().longestGapMs()),
				result.coroutines().submitted(), result.coroutines().answered(),
				String.join(", ", result.coroutines().coroutineThreads()), result.fromTheLoop().patienceMs(),
				result.fromTheLoop().coroutineStartedMs(), result.fromTheLoop().longestTickGapMs());
	}

	private static String times(long count) {
		return (count == 1) ? "once" : count + " times";
	}

	/** What every part runs on: the request, the loop and its heartbeat, the workers. */
	private record Part(ThreadsAndLoopRequest request, EventLoop loop, ExecutorService workers, Heartbeat heartbeat,
			long tick, RunContext context) {

		/**
		 * Hands each call to a worker and its result back to the loop, where a callback
		 * attached on the loop folds it into the loop's tally.
		 * @param how as reported
		 * @param threadsafe whether the worker hands the completion to the loop, or
		 * completes the future itself
		 * @param offset the first call's timeline entry
		 * @param watched where the loop's ticks find the tally
		 */
		ThreadsAndLoopResult.Handoff handoff(String how, boolean threadsafe, int offset,
				AtomicReference<@Nullable Tally> watched) throws Exception {
			Tally tally = new Tally(this.loop);
			watched.set(tally);
			// each wave's calls end together, so that their completions really overlap
			CyclicBarrier[] waves = new CyclicBarrier[(int) this.request.waves()];
			for (int wave = 0; wave < waves.length; wave++) {
				waves[wave] = new CyclicBarrier(
						Math.min(this.request.workers(), this.request.tasks() - wave * this.request.workers()));
			}
			long start = this.heartbeat.reset();
			long ticksBefore = this.heartbeat.beats();
			List<CompletableFuture<Void>> callbacks = this.loop.create(() -> {
				List<CompletableFuture<Void>> created = new ArrayList<>();
				for (int task = 0; task < this.request.tasks(); task++) {
					int index = offset + task;
					CyclicBarrier together = waves[task / this.request.workers()];
					CompletableFuture<Integer> result = new CompletableFuture<>(); // loop.create_future()
					// attached on the loop; it runs on whichever thread completes the
					// future
					created.add(result.thenAccept(tally::fold));
					this.workers.execute(() -> {
						int rows;
						try {
							rows = call(index);
							this.context.await(together);
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
							result.completeExceptionally(ex);
							return;
						}
						catch (CancellationException | BrokenBarrierException ex) {
							result.completeExceptionally(ex);
							return;
						}
						if (threadsafe) {
							// call_soon_threadsafe(future.set_result, rows)
							this.loop.execute(() -> result.complete(rows));
						}
						else {
							result.complete(rows); // future.set_result(rows): the
													// callback runs here
						}
					});
				}
				return created;
			}, this.context);
			this.context.get(CompletableFuture.allOf(callbacks.toArray(CompletableFuture[]::new)));
			long duration = System.nanoTime() - start;
			return tally.report(how, this.request, Millis.of(duration), ticks(ticksBefore, duration));
		}

		/**
		 * Each worker makes half its blocking call, then runs a coroutine on the loop
		 * (which waits the other half) and waits for its future.
		 */
		ThreadsAndLoopResult.CoroutineCalls coroutines(int offset) throws Exception {
			Set<String> ranOn = new ConcurrentSkipListSet<>(BY_NAME);
			Set<String> waited = new ConcurrentSkipListSet<>(BY_NAME);
			long half = AsyncParams.nanos(this.request.delay()) / 2;
			long start = this.heartbeat.reset();
			long ticksBefore = this.heartbeat.beats();
			List<Future<Boolean>> answers = new ArrayList<>();
			for (int task = 0; task < this.request.tasks(); task++) {
				int index = offset + task;
				answers.add(this.workers.submit(() -> {
					RunContext.TaskClock clock = this.context.begin(index);
					Thread.sleep(Duration.ofNanos(half)); // blocks the worker
					// asyncio.run_coroutine_threadsafe(coroutine, loop)
					CompletableFuture<String> answer = this.loop.submit(() -> {
						ranOn.add(Thread.currentThread().getName());
						return this.loop.sleep(half).thenApply((ignored) -> "answer " + index);
					});
					// .result(): the worker waits, the loop runs the coroutine
					String got = this.context.get(answer);
					waited.add(Thread.currentThread().getName());
					clock.end();
					return got.equals("answer " + index);
				}));
			}
			int answered = 0;
			for (Future<Boolean> answer : answers) {
				answered += this.context.get(answer) ? 1 : 0;
			}
			long duration = System.nanoTime() - start;
			return new ThreadsAndLoopResult.CoroutineCalls(
					"each worker ran a coroutine on the loop (submit, run_coroutine_threadsafe) and waited for it",
					answers.size(), answered, List.copyOf(ranOn), List.copyOf(waited), Millis.of(duration),
					ticks(ticksBefore, duration));
		}

		/**
		 * The loop's own thread submits a coroutine and waits for it: the coroutine is
		 * queued behind the very task that waits, so the wait can only give up.
		 */
		ThreadsAndLoopResult.LoopWait waitOnTheLoop(int index) throws Exception {
			long patience = Math.max(AsyncParams.nanos(this.request.delay()), 10 * this.tick);
			CompletableFuture<Long> started = new CompletableFuture<>();
			CompletableFuture<Boolean> gaveUp = new CompletableFuture<>();
			long start = this.heartbeat.reset();
			this.loop.execute(() -> {
				RunContext.TaskClock clock = this.context.begin(index);
				CompletableFuture<String> answer = this.loop.submit(() -> {
					started.complete(System.nanoTime());
					return CompletableFuture.completedFuture("answer");
				});
				try {
					// .result() on the loop: it waits for what only it could run
					answer.get(this.context.within(Duration.ofNanos(patience)).toNanos(), TimeUnit.NANOSECONDS);
					gaveUp.complete(false);
				}
				catch (TimeoutException ex) {
					gaveUp.complete(true);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					gaveUp.completeExceptionally(ex);
				}
				catch (ExecutionException ex) {
					gaveUp.completeExceptionally(ex);
				}
				clock.end();
			});
			boolean gave = this.context.get(gaveUp);
			long startedAt = this.context.get(started);
			// the first tick after the wait measures how long the loop stood still
			this.context.sleep(Duration.ofNanos(2 * this.tick));
			return new ThreadsAndLoopResult.LoopWait(
					"the loop's own thread ran a coroutine on the loop and waited for it", Millis.of(patience), gave,
					Millis.of(startedAt - start), Millis.of(this.heartbeat.longestGap()));
		}

		/** A blocking call on a worker: {@code delay} of sleep, then its rows. */
		private int call(int index) {
			RunContext.TaskClock clock = this.context.begin(index);
			try {
				Thread.sleep(Duration.ofNanos(AsyncParams.nanos(this.request.delay()))); // blocks
																							// the
																							// worker
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new CancellationException("blocking call " + index + " interrupted");
			}
			clock.end();
			return this.request.rows();
		}

		private ThreadsAndLoopResult.Ticks ticks(long before, long duration) {
			return new ThreadsAndLoopResult.Ticks(this.heartbeat.beats() - before, duration / this.tick,
					Millis.of(this.heartbeat.longestGap()));
		}

	}

	/**
	 * The loop's state: a tally of rows with no lock, since only the loop should touch
	 * it; and, as an instrument that is itself thread-safe, who touched it, and whether
	 * two threads did at once.
	 */
	private static final class Tally {

		private static final int KEYS = 16;

		private final EventLoop loop;

		/**
		 * Rows counted by key, as a loop keeps a tally: its own, no lock, not volatile.
		 */
		private final long[] byKey = new long[KEYS];

		private long seen;

		private final AtomicInteger callbacks = new AtomicInteger();

		private final AtomicInteger onLoop = new AtomicInteger();

		private final Set<String> callbackThreads = new ConcurrentSkipListSet<>(BY_NAME);

		private final Set<String> touchedBy = new ConcurrentSkipListSet<>(BY_NAME);

		private final AtomicInteger inside = new AtomicInteger();

		private final AtomicLong overlaps = new AtomicLong();

		Tally(EventLoop loop) {
			this.loop = loop;
		}

		/** A callback: folds a result's rows into the tally, one by one. */
		void fold(int rows) {
			String thread = enter();
			try {
				for (int row = 0; row < rows; row++) {
					this.byKey[row % KEYS]++; // read, add, write: safe on one thread only
				}
			}
			finally {
				this.inside.decrementAndGet();
			}
			this.callbacks.incrementAndGet();
			this.callbackThreads.add(thread);
			if (this.loop.inLoop()) {
				this.onLoop.incrementAndGet();
			}
		}

		/** The loop's tick looks at its tally. */
		void read() {
			enter();
			this.seen = this.byKey[0];
			this.inside.decrementAndGet();
		}

		private String enter() {
			String thread = Thread.currentThread().getName();
			this.touchedBy.add(thread);
			if (this.inside.incrementAndGet() > 1) {
				this.overlaps.incrementAndGet(); // another thread is in here too
			}
			return thread;
		}

		ThreadsAndLoopResult.Handoff report(String how, ThreadsAndLoopRequest request, double durationMs,
				ThreadsAndLoopResult.Ticks ticks) {
			long expected = (long) request.tasks() * request.rows();
			long counted = Arrays.stream(this.byKey).sum();
			int callbacks = this.callbacks.get();
			return new ThreadsAndLoopResult.Handoff(how, request.tasks(), callbacks, this.onLoop.get(),
					callbacks - this.onLoop.get(), List.copyOf(this.callbackThreads), List.copyOf(this.touchedBy),
					this.overlaps.get(), expected, counted, expected - counted, durationMs, ticks);
		}

	}

}
