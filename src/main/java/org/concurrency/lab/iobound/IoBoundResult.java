package org.concurrency.lab.iobound;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What an io-bound run's tasks answered, and where its time went.
 *
 * @param results each task's answer, for the first tasks (as many as the timeline keeps)
 * @param tasks tasks that waited
 * @param delay seconds each task waited
 * @param phases where the time went, in ms since the tasks began to start
 * @param heap the heap while the tasks waited
 */
public record IoBoundResult(List<String> results, int tasks, double delay, Phases phases, Heap heap) {

	/** Where the time went, in a sentence: the phases, and the collections among them. */
	String timing() {
		String done = (this.phases.firstDoneMs() == null || this.phases.lastDoneMs() == null) ? "none was done"
				: String.format(Locale.ROOT, "the first was done at %.0f ms and the last at %.0f ms",
						this.phases.firstDoneMs(), this.phases.lastDoneMs());
		return String.format(Locale.ROOT, """
				The last had started at %.0f ms, %s, all were joined at %.0f ms; %d garbage collections (%d ms) \
				meanwhile, %d MB of heap in use once all had started.""", this.phases.allStartedMs(), done,
				this.phases.joinedMs(), this.heap.collections(), this.heap.collectionMs(),
				this.heap.usedMbWhenAllStarted());
	}

	/**
	 * Where a run's time went: starting the tasks, their waits ending (for a million
	 * sleeping virtual threads, each end is an unpark and a mount on a carrier), and
	 * joining them. Every figure is in ms since the first task began to start.
	 *
	 * @param allStartedMs the last task had started (a thread or a timer each) and waited
	 * @param firstDoneMs the first task was done
	 * @param lastDoneMs the last task was done
	 * @param joinedMs every thread the tasks ran on had ended
	 */
	public record Phases(double allStartedMs, @Nullable Double firstDoneMs, @Nullable Double lastDoneMs,
			double joinedMs) {
	}

	/**
	 * The heap while the tasks waited.
	 *
	 * @param usedMbWhenAllStarted heap in use once every task had started: the waiting
	 * tasks, and the garbage not yet collected
	 * @param maxMb the most heap this JVM may use ({@code -Xmx})
	 * @param collectors the JVM's garbage collectors (G1, Parallel, ZGC …)
	 * @param collectedFirstMs the full collection made before 100,000 or more waiting
	 * tasks start (0: none), so that the young collections during the run find an empty
	 * young generation
	 * @param collections collections once the tasks began to start, caused by any of the
	 * lab's runs
	 * @param collectionMs the time they took: a parked virtual thread is an object graph
	 * of about a kilobyte that every young collection copies until it is promoted
	 */
	public record Heap(long usedMbWhenAllStarted, long maxMb, List<String> collectors, long collectedFirstMs,
			long collections, long collectionMs) {
	}

}
