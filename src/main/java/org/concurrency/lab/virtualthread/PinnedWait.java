package org.concurrency.lab.virtualthread;

/**
 * The one wait every pinning task makes, wherever it makes it: plainly, inside
 * {@code synchronized}, in a native upcall or in a class initialiser. Public, because the
 * copies of {@link SlowInit} that other class loaders define call it.
 */
public final class PinnedWait {

	private static volatile long millis;

	private PinnedWait() {
	}

	static void set(long waitMs) {
		millis = waitMs;
	}

	/** Sleeps: a virtual thread unmounts here, unless something below it pins it. */
	public static void block() {
		try {
			Thread.sleep(millis); // parks the virtual thread: unmounted, or pinned
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
