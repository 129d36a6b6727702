package org.concurrency.lab.async;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;

/**
 * The seed's "Blocking en Async": {@code time.sleep(1)} inside a coroutine stops the
 * whole event loop, {@code await asyncio.sleep(1)} does not. Two single-threaded loops
 * run side by side, each with the same periodic timers; half a wait into the run, one
 * task on each waits {@code delay}. On the first it sleeps on the loop's thread: every
 * timer due meanwhile fires late, by up to the whole wait. On the second it schedules a
 * delayed completion and returns: the loop stays free and the timers fire on time. Both
 * waits end at the same moment; only the first made everyone else wait too.
 */
@Endpoint(label = "blocking-event-loop",
		summary = "A sleep on the event loop delays every timer; a scheduled wait delays none")
final class BlockingEventLoop implements AsyncVariant<BlockingEventLoopRequest, BlockingEventLoopResult> {

	/** Each timer fires every interval for 2 × delay: its firings are tasks. */
	@Override
	public void check(BlockingEventLoopRequest request, LimitCheck check) {
		long perTimer = Math.max(1, request.firings() / request.tasks());
		check.atMost("tasks", request.tasks(), Math.max(1, check.lab().tasks() / perTimer), Limit.TASKS);
	}

	@Override
	public BlockingEventLoopResult run(BlockingEventLoopRequest request, RunContext context) throws Exception {
		long wait = AsyncParams.nanos(request.delay());
		long interval = AsyncParams.nanos(request.interval());
		long window = 2 * wait;
		try (EventLoop blocked = new EventLoop(context, "blocked-loop");
				EventLoop free = new EventLoop(context, "free-loop")) {
			// both loops start at the same time
			long origin = System.nanoTime() + 5_000_000;
			Loop blocking = new Loop(blocked, request.tasks(), interval, origin, window);
			Loop nonBlocking = new Loop(free, request.tasks(), interval, origin, window);

			CompletableFuture<Long> slept = new CompletableFuture<>();
			blocked.at(origin, wait / 2, () -> {
				RunContext.TaskClock clock = context.begin(0);
				try {
					// time.sleep: the loop's thread blocks
					Thread.sleep(Duration.ofNanos(wait));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				clock.end();
				slept.complete(System.nanoTime());
			});
			CompletableFuture<Long> awaited = new CompletableFuture<>();
			// asyncio.sleep: a timer, the loop goes on
			free.at(origin, wait / 2, () -> free.sleep(wait).thenRun(() -> awaited.complete(System.nanoTime())));

			context.sleep(Duration.ofNanos(origin + window + interval - System.nanoTime()));
			long sleptAt = context.get(slept);
			long awaitedAt = context.get(awaited);
			blocking.stop();
			nonBlocking.stop();
			int kept = Math.min(request.tasks(), context.limits().timelineEntries());
			BlockingEventLoopResult.LoopRun blockedRun = blocking.report("time.sleep on the loop's thread",
					sleptAt - origin, kept);
			BlockingEventLoopResult.LoopRun freeRun = nonBlocking.report("a scheduled wake-up; the loop goes on",
					awaitedAt - origin, kept);
			return new BlockingEventLoopResult(Millis.of(interval), Millis.of(wait), blockedRun, freeRun);
		}
	}

	@Override
	public String note(BlockingEventLoopRequest request, BlockingEventLoopResult result) {
		return String.format(Locale.ROOT, """
				A %.0f ms wait that blocked the loop made %d of %d timer firings late, by up to %.0f ms; the \
				same wait scheduled as a timer left the other loop free: its timers were at most \
				%.1f ms late.""", request.delay() * 1000, result.blocked().lateFirings(), result.blocked().firings(),
				result.blocked().maxLagMs(), result.nonBlocking().maxLagMs());
	}

	/** One loop's periodic timers, each measuring how late it fires. */
	private static final class Loop {

		private final List<Timer> timers = new ArrayList<>();

		private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();

		Loop(EventLoop loop, int count, long interval, long origin, long window) {
			for (int timer = 0; timer < count; timer++) {
				long offset = interval * timer / count; // spread over one interval
				Timer measured = new Timer(timer, origin + offset, interval, origin + window);
				this.timers.add(measured);
				this.scheduled.add(loop.every(origin, offset, interval, measured::fire));
			}
		}

		void stop() {
			this.scheduled.forEach((timer) -> timer.cancel(false));
		}

		BlockingEventLoopResult.LoopRun report(String how, long waitEnded, int kept) {
			int firings = 0;
			int late = 0;
			long maxLag = 0;
			List<BlockingEventLoopResult.LoopTimer> reported = new ArrayList<>();
			for (Timer timer : this.timers) {
				firings += timer.firings.get();
				late += timer.late.get();
				maxLag = Math.max(maxLag, timer.maxLag.get());
				if (reported.size() < kept) {
					reported.add(new BlockingEventLoopResult.LoopTimer(timer.number, timer.firings.get(),
							Millis.of(timer.maxLag.get()),
							Millis.of(timer.totalLag.get() / Math.max(1, timer.firings.get()))));
				}
			}
			return new BlockingEventLoopResult.LoopRun(how, Millis.of(waitEnded), firings, late, Millis.of(maxLag),
					reported);
		}

		/** A periodic timer: its k-th firing is due at {@code first + k × period}. */
		private static final class Timer {

			private final int number;

			private final long first;

			private final long period;

			private final long end;

			private final AtomicInteger firings = new AtomicInteger();

			private final AtomicInteger late = new AtomicInteger();

			private final AtomicLong maxLag = new AtomicLong();

			private final AtomicLong totalLag = new AtomicLong();

			Timer(int number, long first, long period, long end) {
				this.number = number;
				this.first = first;
				this.period = period;
				this.end = end;
			}

			void fire() { // on the loop
				long due = this.first + this.firings.get() * this.period;
				if (due >= this.end) {
					return;
				}
				long lag = Math.max(0, System.nanoTime() - due);
				this.firings.incrementAndGet();
				this.maxLag.accumulateAndGet(lag, Math::max);
				this.totalLag.addAndGet(lag);
				if (lag > this.period) {
					this.late.incrementAndGet();
				}
			}

		}

	}

}
