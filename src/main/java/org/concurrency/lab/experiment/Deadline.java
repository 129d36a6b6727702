package org.concurrency.lab.experiment;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Waits bounded by a run's deadline, for experiments: a wait that reaches it ends the
 * task with a {@link CancellationException}, and the engine reports the run as timed out.
 * (The engine also interrupts the run's threads at its deadline, which ends these waits.)
 */
public final class Deadline {

	private Deadline() {
	}

	public static void await(CountDownLatch latch, RunContext context) throws InterruptedException {
		if (!latch.await(context.remaining().toNanos(), TimeUnit.NANOSECONDS)) {
			throw reached("a latch");
		}
	}

	public static <E> void offer(BlockingQueue<E> queue, E item, RunContext context) throws InterruptedException {
		if (!queue.offer(item, context.remaining().toNanos(), TimeUnit.NANOSECONDS)) {
			throw reached("room in the queue");
		}
	}

	public static <E> E poll(BlockingQueue<E> queue, RunContext context) throws InterruptedException {
		E item = queue.poll(context.remaining().toNanos(), TimeUnit.NANOSECONDS);
		if (item == null) {
			throw reached("an item");
		}
		return item;
	}

	/** The task's value; its failure rethrown as it was thrown in the task. */
	public static <T> T get(Future<T> future, RunContext context) throws Exception {
		try {
			return future.get(context.remaining().toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			throw reached("a task");
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof Exception cause) ? cause : ex;
		}
	}

	/** Waits until {@code condition} holds, looking every millisecond. */
	public static void until(BooleanSupplier condition, RunContext context) throws InterruptedException {
		while (!condition.getAsBoolean()) {
			if (context.remaining().isZero()) {
				throw reached("a handshake");
			}
			Thread.sleep(1);
		}
	}

	/** What a wait that reached the deadline throws. */
	public static CancellationException reached(String what) {
		return new CancellationException("the deadline came while waiting for " + what);
	}

}
