package org.concurrency.lab.deadlock;

import java.util.Collection;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;

/**
 * A {@link ReentrantLock} that says who holds it and who waits for it. The JVM's detector
 * learns that from the JVM; for virtual threads, which it does not see, the lock's own
 * view ({@code getOwner()} and {@code getQueuedThreads()}, protected in
 * {@code ReentrantLock} for subclasses like this one) is what names the cycle.
 */
final class OwnedLock extends ReentrantLock {

	/** The thread holding it, or {@code null} if free. */
	@Nullable Thread owner() {
		return getOwner();
	}

	/** The threads queued for it, in no particular order. */
	Collection<Thread> waiters() {
		return getQueuedThreads();
	}

}
