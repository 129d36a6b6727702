package org.concurrency.lab.starvation;

import java.util.List;

/**
 * How a lock was shared among threads that all wanted it all the time.
 *
 * @param fair whether the lock was fair
 * @param acquisitions times the lock was taken, all threads together
 * @param handoffs times the lock went to another thread than the one that had it before
 * @param handoffRate handoffs ÷ acquisitions: near 1 when the lock is passed on in turn
 * (fair), near 0 when the thread releasing it takes it straight back (unfair)
 * @param meanStreak acquisitions ÷ handoffs: how many times in a row, on average, one
 * thread took the lock before another got it
 * @param longestStreak the most times in a row one thread took the lock
 * @param minMaxRatio the fewest acquisitions of a thread ÷ the most of a thread
 * @param longestWaitMs the longest one thread waited for the lock
 * @param workers each thread's share
 */
public record StarvationResult(boolean fair, long acquisitions, long handoffs, double handoffRate, double meanStreak,
		long longestStreak, double minMaxRatio, double longestWaitMs, List<WorkerShare> workers) {

	/**
	 * One thread's share of the lock.
	 *
	 * @param worker the thread
	 * @param acquisitions times it took the lock
	 * @param share its part of all acquisitions
	 * @param longestWaitMs the longest it waited for the lock
	 * @param heldMs how long it held the lock, in all
	 */
	public record WorkerShare(String worker, long acquisitions, double share, double longestWaitMs, double heldMs) {
	}

}
