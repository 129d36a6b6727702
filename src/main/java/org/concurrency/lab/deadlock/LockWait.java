package org.concurrency.lab.deadlock;

/**
 * One thread of a deadlock cycle, as the JVM's detector reported it.
 *
 * @param thread the thread
 * @param state its state: {@code WAITING} (parked in {@code lock()}), or
 * {@code TIMED_WAITING} in a {@code tryLock} with a timeout
 * @param holds the lock it holds, by the name the experiment gave it
 * @param waitsFor the lock it waits for
 * @param heldBy the thread holding that lock: the next link of the cycle
 * @param lockObject the lock as the JVM names it (and {@code jstack} prints it): the
 * lock's synchronizer class and identity hash
 */
public record LockWait(String thread, String state, String holds, String waitsFor, String heldBy, String lockObject) {
}
