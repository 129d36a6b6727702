package org.concurrency.lab.async;

import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;
import org.concurrency.lab.experiment.Violation;

/** What every async request has: how many tasks, and the longest wait among them. */
interface AsyncParams extends LabRequest {

	int DEFAULT_TASKS = 5;

	double DEFAULT_DELAY = 0.5;

	Integer tasks();

	Double delay();

	/** Every async run: at most lab.limits.tasks tasks, each waiting lab.limits.delay. */
	@Override
	default void check(LimitCheck check) {
		check.atMost("tasks", tasks(), Limit.TASKS).atMostSeconds("delay", delay(), Limit.DELAY);
	}

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

	/**
	 * Seconds at most lab.limits.delay, for a field whose least value (Bean Validation's)
	 * is above 0: worded, as every async field is, from 0.0.
	 */
	static void atMostSecondsFromZero(LimitCheck check, String field, double seconds) {
		double max = Limit.DELAY.of(check.lab()) / 1000.0;
		if (seconds > max) {
			check.add(new Violation(field, seconds, "between 0.0 and " + max, Limit.DELAY.property()));
		}
	}

}
