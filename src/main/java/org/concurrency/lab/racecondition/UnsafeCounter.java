package org.concurrency.lab.racecondition;

/**
 * The race: read the count, pause, write it back plus one, with nothing to stop another
 * thread doing the same in between. Two threads that read the same value both write that
 * value plus one, and one increment is lost. The pause only widens the window: with
 * {@code pause_micros} 0 this is {@code counter++}, which is still three steps (read,
 * add, write), just closer together. Java has no GIL to take turns at, and even CPython's
 * GIL does not make {@code counter += 1} atomic.
 */
final class UnsafeCounter implements Counter {

	private long count;

	@Override
	public void increment(Pause pause) throws InterruptedException {
		long read = this.count; // read
		pause.await(); // another thread reads the same value meanwhile
		this.count = read + 1; // write: overwrites what others wrote since our read
	}

	@Override
	public long value() {
		return this.count;
	}

}
