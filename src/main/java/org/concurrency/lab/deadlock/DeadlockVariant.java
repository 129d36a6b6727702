package org.concurrency.lab.deadlock;

import java.time.Duration;

import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.TopicName;
import org.concurrency.lab.experiment.Variant;

/**
 * The deadlock variants: the real one, found and broken ({@link CircularWait}); the same
 * ring in one global lock order ({@link GlobalLockOrder}) or with {@code tryLock} and
 * back-off ({@link TryLockBackoff}); and the seed's bank transfer done both ways
 * ({@link BankTransfer}); and the real one among virtual threads, which the detector does
 * not see ({@link VirtualThreadCycle}).
 */
@TopicName("deadlocks")
sealed interface DeadlockVariant<P extends LabRequest, R> extends Variant<P, R>
		permits CircularWait, GlobalLockOrder, TryLockBackoff, BankTransfer, VirtualThreadCycle {

	/** How often a run asks the JVM's detector while its workers run. */
	Duration POLL = Duration.ofMillis(1);

}
