package org.concurrency.lab.semaphore;

import java.util.concurrent.Semaphore;

import org.concurrency.lab.experiment.RunContext;

/**
 * What a worker needs of a semaphore: a JDK {@link Semaphore}, a
 * {@link BoundedSemaphore}, or {@link #NONE}, which lets everyone in (the broken
 * variants).
 */
interface Permits {

	/** No limit: every acquire succeeds at once. */
	Permits NONE = new Permits() {

		@Override
		public boolean tryAcquire() {
			return true;
		}

		@Override
		public void acquire(RunContext context) {
		}

		@Override
		public void release() {
		}

		@Override
		public int availablePermits() {
			return Integer.MAX_VALUE;
		}

	};

	/** Takes a permit if one is free now. */
	boolean tryAcquire();

	/** Takes a permit, waiting for one until the run's deadline. */
	void acquire(RunContext context) throws InterruptedException;

	void release();

	int availablePermits();

	static Permits of(Semaphore semaphore) {
		return new Permits() {

			@Override
			public boolean tryAcquire() {
				return semaphore.tryAcquire();
			}

			@Override
			public void acquire(RunContext context) throws InterruptedException {
				context.acquire(semaphore);
			}

			@Override
			public void release() {
				semaphore.release();
			}

			@Override
			public int availablePermits() {
				return semaphore.availablePermits();
			}

		};
	}

}
