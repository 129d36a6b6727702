package org.concurrency.lab.experiment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The per-task record of a run. The first {@code capacity} tasks (by index) are kept, the
 * rest only counted, so a run of a hundred thousand tasks costs no more memory than one
 * of a few hundred.
 */
final class Timeline {

	private final long startNanos;

	private final Instant startInstant;

	private final AtomicReferenceArray<TimelineEntry> entries;

	private final AtomicInteger completed = new AtomicInteger();

	private final AtomicInteger highestTask = new AtomicInteger(-1);

	private final Consumer<TimelineEntry> kept;

	/**
	 * @param kept told of each entry kept, on the thread that ended its task
	 */
	Timeline(int capacity, long startNanos, Instant startInstant, Consumer<TimelineEntry> kept) {
		this.entries = new AtomicReferenceArray<>(capacity);
		this.startNanos = startNanos;
		this.startInstant = startInstant;
		this.kept = kept;
	}

	double sinceStart(long nanoTime) {
		return Millis.between(this.startNanos, nanoTime);
	}

	double sinceStart(Instant instant) {
		return Millis.round((instant.getEpochSecond() - this.startInstant.getEpochSecond()) * 1e3
				+ (instant.getNano() - this.startInstant.getNano()) / 1e6);
	}

	/**
	 * Counts a finished task, and keeps its entry if it is among the first; the entry is
	 * built only then, so the tasks past them cost a count and nothing more.
	 */
	void add(int task, Supplier<TimelineEntry> entry) {
		this.completed.incrementAndGet();
		if (keeps(task)) {
			TimelineEntry built = entry.get();
			this.entries.set(task, built);
			this.kept.accept(built);
		}
		else if (task > this.highestTask.get()) {
			this.highestTask.accumulateAndGet(task, Math::max);
		}
	}

	/** Whether task {@code task}'s entry would be kept, not only counted. */
	boolean keeps(int task) {
		return task >= 0 && task < this.entries.length();
	}

	int completed() {
		return this.completed.get();
	}

	boolean truncated() {
		return this.highestTask.get() >= this.entries.length();
	}

	List<TimelineEntry> entries() {
		List<TimelineEntry> kept = new ArrayList<>();
		for (int i = 0; i < this.entries.length(); i++) {
			TimelineEntry entry = this.entries.get(i);
			if (entry != null) {
				kept.add(entry);
			}
		}
		return kept;
	}

}
