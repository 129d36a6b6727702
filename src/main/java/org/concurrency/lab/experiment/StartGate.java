package org.concurrency.lab.experiment;

import java.util.concurrent.CountDownLatch;

/**
 * Holds a run's workers until every one is ready, then lets them all go at once, so that
 * they really overlap: what makes a race or a deadlock certain rather than lucky. Every
 * wait ends at the run's deadline.
 */
public final class StartGate {

	private final RunContext context;

	private final CountDownLatch ready;

	private final CountDownLatch open = new CountDownLatch(1);

	StartGate(RunContext context, int workers) {
		this.context = context;
		this.ready = new CountDownLatch(workers);
	}

	/** A worker says it is ready and waits for the gate to open. */
	public void arriveAndAwait() throws InterruptedException {
		this.ready.countDown();
		this.context.await(this.open);
	}

	/**
	 * Waits for every worker to be ready, then opens the gate.
	 * @return when it opened, as a {@link System#nanoTime()}
	 */
	public long open() throws InterruptedException {
		this.context.await(this.ready);
		long opened = System.nanoTime();
		this.open.countDown(); // all at once
		return opened;
	}

}
