package org.concurrency.lab.semaphore;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.concurrency.lab.experiment.RunContext;

/**
 * The waits of this package, each bounded by the run's deadline: a wait that reaches it
 * ends the task with a {@link CancellationException}, and the engine reports the run as
 * timed out.
 */
final class Deadline {

	private Deadline() {
	}

	static void await(CountDownLatch latch, RunContext context) throws InterruptedException {
		if (!latch.await(context.remaining().toNanos(), TimeUnit.NANOSECONDS)) {
			throw reached("a latch");
		}
	}

	static void acquire(Permits permits, RunContext context) throws InterruptedException {
		if (!permits.tryAcquire(context.remaining())) {
			throw reached("a permit");
		}
	}

	/** The task's value; its failure rethrown as it was thrown in the task. */
	static <T> T get(Future<T> future, RunContext context) throws Exception {
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

	private static CancellationException reached(String what) {
		return new CancellationException("the deadline came while waiting for " + what);
	}

}
