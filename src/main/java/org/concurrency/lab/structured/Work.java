package org.concurrency.lab.structured;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;
import org.jspecify.annotations.Nullable;

/**
 * Subtasks' work as the lessons measure it: steps of {@link StructuredRequest#STEP_MS},
 * each an interruptible sleep (so a cancelled subtask stops at once), counted, and
 * counted apart when begun after a sibling's failure, and timed on the run's timeline.
 * Public, for the lessons' own loader.
 */
public final class Work {

	private final RunContext context;

	private final int firstTask;

	private final Slot[] slots;

	private final AtomicLong failedAt = new AtomicLong();

	private volatile double failedAtMs = -1;

	/**
	 * @param firstTask the timeline index of subtask 0
	 * @param subtasks how many subtasks share it
	 */
	public Work(RunContext context, int firstTask, int subtasks) {
		this.context = context;
		this.firstTask = firstTask;
		this.slots = new Slot[subtasks];
		for (int i = 0; i < subtasks; i++) {
			this.slots[i] = new Slot();
		}
	}

	/**
	 * Subtask {@code index} works {@code workMs}, or fails once {@code failAfterMs} have
	 * passed ({@code -1}: never).
	 * @return its value, {@code index²}
	 * @throws InterruptedException when its scope cancels it
	 */
	public Integer run(int index, long workMs, long failAfterMs) throws InterruptedException {
		Slot slot = this.slots[index];
		slot.name = Thread.currentThread().getName();
		slot.startedMs = this.context.elapsedMs();
		RunContext.TaskClock clock = this.context.begin(this.firstTask + index);
		long start = System.nanoTime();
		try {
			while (Millis.since(start) < workMs) {
				if (failAfterMs >= 0 && Millis.since(start) >= failAfterMs) {
					if (this.failedAt.compareAndSet(0, System.nanoTime())) {
						this.failedAtMs = this.context.elapsedMs();
					}
					slot.state = "FAILED";
					throw new IllegalStateException("subtask " + index + " failed after " + failAfterMs + " ms");
				}
				Thread.sleep(StructuredRequest.STEP_MS); // interruptible: a scope's
															// cancel lands here
				slot.steps++;
				if (this.failedAt.get() != 0) {
					slot.stepsAfterFailure++;
				}
			}
			slot.state = "SUCCESS";
			slot.value = index * index;
			return slot.value;
		}
		catch (InterruptedException ex) {
			slot.state = "CANCELLED";
			throw ex;
		}
		finally {
			slot.endedMs = this.context.elapsedMs();
			clock.end();
		}
	}

	/** When a subtask failed, since the run began, or {@code null}. */
	public @Nullable Double failedAtMs() {
		return (this.failedAtMs >= 0) ? this.failedAtMs : null;
	}

	/** The subtasks as they ended, in fork order. */
	public List<StructuredResult.Subtask> subtasks() {
		Double failed = failedAtMs();
		List<StructuredResult.Subtask> subtasks = new ArrayList<>();
		for (Slot slot : this.slots) {
			Double stopped = (failed != null && !"FAILED".equals(slot.state)) ? Millis.round(slot.endedMs - failed)
					: null;
			subtasks.add(new StructuredResult.Subtask(slot.name, slot.state, slot.value, slot.startedMs, slot.endedMs,
					slot.steps, slot.stepsAfterFailure, stopped));
		}
		return subtasks;
	}

	/**
	 * One subtask's figures, written by its own thread, read once the scope is closed.
	 */
	private static final class Slot {

		private volatile String name = "never started";

		private volatile String state = "UNAVAILABLE";

		private volatile @Nullable Integer value;

		private volatile double startedMs;

		private volatile double endedMs;

		private volatile int steps;

		private volatile int stepsAfterFailure;

	}

}
