package org.concurrency.lab.async;

import java.time.Duration;
import java.util.concurrent.CancellationException;

import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;

/**
 * Blocking work in steps of {@value #STEP_MS} ms that says how far it got: it can be
 * stopped between two steps by a flag ({@link #stop()}), or within one by an interrupt.
 * Either way the work itself ends, which is what cancelling a task must achieve; a future
 * that merely reports itself cancelled while this work runs on has not.
 */
final class StepWork {

	static final long STEP_MS = 10;

	private static final long STEP_NANOS = STEP_MS * 1_000_000;

	private final int task;

	private final int timelineIndex;

	private final long workNanos;

	private final long origin;

	private final RunContext context;

	private volatile boolean stop;

	private volatile int stepsDone;

	private volatile Ending ending = Ending.RUNNING;

	private volatile long endedNanos;

	/**
	 * @param task the task's number, as reported
	 * @param timelineIndex its entry in the run's timeline
	 * @param workNanos how long the work takes when nothing stops it
	 * @param origin the time reported times count from
	 * @param context the run
	 */
	StepWork(int task, int timelineIndex, long workNanos, long origin, RunContext context) {
		this.task = task;
		this.timelineIndex = timelineIndex;
		this.workNanos = workNanos;
		this.origin = origin;
		this.context = context;
	}

	/** Does the work on the calling thread; its result, unless it was stopped. */
	String call() {
		RunContext.TaskClock clock = this.context.begin(this.timelineIndex);
		long start = System.nanoTime();
		try {
			for (int step = 1; step <= stepsPlanned(); step++) {
				if (this.stop) { // the flag is checked between steps
					throw ended(Ending.STOPPED, clock);
				}
				// no drift
				long due = start + Math.min(step * STEP_NANOS, this.workNanos);
				// an interrupt ends it
				Thread.sleep(Duration.ofNanos(Math.max(0, due - System.nanoTime())));
				this.stepsDone++; // only this thread writes it
			}
			ended(Ending.FINISHED, clock);
			return "result " + this.task;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw ended(Ending.INTERRUPTED, clock);
		}
	}

	/** Records how the work ended; the exception to end a stopped work with. */
	private CancellationException ended(Ending how, RunContext.TaskClock clock) {
		this.endedNanos = System.nanoTime();
		this.ending = how;
		clock.end();
		return new CancellationException("task " + this.task + " " + how.label());
	}

	/** Asks the work to stop before its next step: cooperative cancellation. */
	void stop() {
		this.stop = true;
	}

	boolean finished() {
		return this.ending == Ending.FINISHED;
	}

	int task() {
		return this.task;
	}

	double workMs() {
		return Millis.of(this.workNanos);
	}

	int stepsDone() {
		return this.stepsDone;
	}

	int stepsPlanned() {
		return (int) ((this.workNanos + STEP_NANOS - 1) / STEP_NANOS);
	}

	Ending ending() {
		return this.ending;
	}

	/** When the work ended, in ms since the origin; -1 while it runs. */
	double endedMs() {
		return (this.ending == Ending.RUNNING) ? -1 : Millis.of(this.endedNanos - this.origin);
	}

	/** How the work ended. */
	enum Ending {

		RUNNING("running"), FINISHED("finished"), STOPPED("stopped by its flag"), INTERRUPTED("interrupted");

		private final String label;

		Ending(String label) {
			this.label = label;
		}

		String label() {
			return this.label;
		}

	}

}
