package org.concurrency.lab.threading;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;

/**
 * A thread's life as {@code Thread.getState()} tells it, each state provoked on purpose
 * and seen by the main thread: NEW before {@code start()}; RUNNABLE while it computes (or
 * is ready to: the JVM does not tell running from waiting for a core, the seed's diagram
 * does); BLOCKED entering a {@code synchronized} block whose monitor another thread
 * holds; WAITING parked with no timeout ({@code CountDownLatch.await()},
 * {@code Object.wait()}, {@code LockSupport.park()}); TIMED_WAITING in
 * {@code Thread.sleep} or any wait with a timeout; TERMINATED once {@code run()} returns.
 * The thread moves on only when the main thread, having seen the state, opens the next
 * gate, so every state is seen in every run.
 */
@Endpoint(label = "states",
		summary = "One thread seen in NEW, RUNNABLE, BLOCKED, WAITING, TIMED_WAITING and TERMINATED")
final class ThreadStates implements ThreadingVariant<ThreadStatesRequest, ThreadStatesResult> {

	private static final Duration SLEEP_SLICE = Duration.ofMillis(10);

	private static final int SPINNING = 0;

	private static final int TO_MONITOR = 1;

	private static final int SLEEPING = 2;

	private static final int DONE = 3;

	@Override
	public ThreadStatesResult run(ThreadStatesRequest request, RunContext context) throws Exception {
		long origin = System.nanoTime();
		Object monitor = new Object();
		CountDownLatch released = new CountDownLatch(1);
		// the gates the main thread opens
		AtomicInteger stage = new AtomicInteger(SPINNING);
		Thread thread = context.platformThreads("observed-").newThread(() -> live(monitor, released, stage, context));
		List<ThreadStatesResult.Observed> seen = new ArrayList<>();
		Duration hold = Duration.ofMillis(request.holdMs());
		try {
			seen.add(expect(thread, Thread.State.NEW, "created by its factory, start() not yet called", origin,
					context));
			thread.start();
			seen.add(expect(thread, Thread.State.RUNNABLE, "spinning in a loop (Thread.onSpinWait)", origin, context));
			Thread.sleep(hold);
			synchronized (monitor) { // the main thread holds the monitor
				stage.set(TO_MONITOR);
				seen.add(expect(thread, Thread.State.BLOCKED,
						"entering synchronized (monitor) while the main thread holds that monitor", origin, context));
				Thread.sleep(hold);
			}
			seen.add(expect(thread, Thread.State.WAITING,
					"in CountDownLatch.await() with no timeout, parked until the main thread counts down", origin,
					context));
			Thread.sleep(hold);
			released.countDown();
			seen.add(expect(thread, Thread.State.TIMED_WAITING, "in Thread.sleep(10 ms), again until let go", origin,
					context));
			Thread.sleep(hold);
			stage.set(DONE);
			context.join(thread);
			seen.add(expect(thread, Thread.State.TERMINATED, "its run() returned", origin, context));
		}
		finally {
			stage.set(DONE); // whatever happened, let the thread end
			released.countDown();
			thread.interrupt();
		}
		return new ThreadStatesResult(thread.getName(), seen);
	}

	@Override
	public String note(ThreadStatesRequest request, ThreadStatesResult result) {
		int polls = result.states().stream().mapToInt(ThreadStatesResult.Observed::polls).sum();
		return "The main thread saw " + result.thread() + " in all six states, in order, with " + polls
				+ " calls of getState() in all: NEW, RUNNABLE while it spun, BLOCKED on a monitor main held, WAITING "
				+ "on a latch, TIMED_WAITING in sleep, TERMINATED.";
	}

	/** The observed thread: each step lasts until the main thread lets it go. */
	private static void live(Object monitor, CountDownLatch released, AtomicInteger stage, RunContext context) {
		try {
			context.task(0, () -> {
				while (stage.get() == SPINNING) { // RUNNABLE
					Thread.onSpinWait();
					context.checkStopped();
				}
				synchronized (monitor) { // BLOCKED until the main thread lets go of it
					stage.compareAndSet(TO_MONITOR, SLEEPING);
				}
				// WAITING: no timeout; the main thread, or a stop, ends it
				released.await();
				while (stage.get() == SLEEPING) {
					Thread.sleep(SLEEP_SLICE); // TIMED_WAITING
				}
				return null;
			});
		}
		catch (InterruptedException | CancellationException ex) {
			Thread.currentThread().interrupt(); // stopped
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Polls the thread's state until it is {@code expected}, within the deadline. */
	private static ThreadStatesResult.Observed expect(Thread thread, Thread.State expected, String how, long origin,
			RunContext context) throws InterruptedException {
		AtomicInteger polls = new AtomicInteger();
		context.until(() -> {
			polls.incrementAndGet();
			return thread.getState() == expected; // observe
		});
		return new ThreadStatesResult.Observed(expected, how, Millis.since(origin), polls.get());
	}

}
