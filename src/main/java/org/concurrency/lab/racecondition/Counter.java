package org.concurrency.lab.racecondition;

/**
 * A count that many threads increment at once. Each implementation is one way to keep it:
 * {@link UnsafeCounter} loses updates, the others count every one.
 */
sealed interface Counter
		permits UnsafeCounter, LockCounter, ReentrantAccount, SynchronizedCounter, AtomicCounter, AdderCounter {

	/**
	 * Adds one, pausing for {@code pause} between reading the count and writing it back
	 * where the method has such a window.
	 */
	void increment(Pause pause) throws InterruptedException;

	/**
	 * The count, read once every incrementing thread has ended: their ends happen-before
	 * this read, so it needs no lock of its own.
	 */
	long value();

}
