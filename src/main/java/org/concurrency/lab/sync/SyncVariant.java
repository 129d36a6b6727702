package org.concurrency.lab.sync;

import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.LimitCheck;
import org.concurrency.lab.experiment.TopicName;
import org.concurrency.lab.experiment.Variant;

/**
 * The sync variants: a latch ({@link LatchEvent}), a condition ({@link BoundedBuffer}), a
 * barrier ({@link BarrierPhases}) and a read-write lock ({@link ReadersWriters}). Each
 * runs its primitive and what goes wrong without it, each on threads of its own, so a run
 * starts twice the threads it names.
 */
@TopicName("sync")
sealed interface SyncVariant<P extends LabRequest, R> extends Variant<P, R>
		permits LatchEvent, BoundedBuffer, BarrierPhases, ReadersWriters {

	/** Threads one of a run's two halves may start: half the run's. */
	static int threadsPerHalf(LimitCheck check) {
		return check.lab().platformThreads() / 2;
	}

}
