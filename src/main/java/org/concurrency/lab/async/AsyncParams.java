package org.concurrency.lab.async;

import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;

/**
 * What every async request has: how many tasks, and the longest wait among them (each
 * record states their limits, {@code @AtMost(Limit.TASKS)} and
 * {@code @AtMost(Limit.DELAY)}).
 */
interface AsyncParams extends LabRequest {

	int DEFAULT_TASKS = 5;

	double DEFAULT_DELAY = 0.5;

	Integer tasks();

	Double delay();

	/**
	 * Task {@code task}'s wait: {@code delay × (task + 1) / tasks}, so the waits differ
	 * and the last task's is the longest, {@code delay} itself.
	 */
	default long waitNanos(int task) {
		return Math.round(delay() * 1e9 * (task + 1) / tasks());
	}

	/** Seconds, as a request gives them, in nanoseconds. */
	static long nanos(double seconds) {
		return Math.round(seconds * 1e9);
	}

}
