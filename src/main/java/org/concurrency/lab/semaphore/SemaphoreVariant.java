package org.concurrency.lab.semaphore;

import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.TopicName;
import org.concurrency.lab.experiment.Variant;

/**
 * The semaphore variants: a rate limit ({@link RateLimit}), a limit on how many at once
 * ({@link MaxConcurrency}), a release too many ({@link OverRelease}) and a connection
 * pool ({@link PooledQueries}), and virtual threads by the ten thousand behind a few
 * permits ({@link VirtualPermits}).
 */
@TopicName("semaphores")
sealed interface SemaphoreVariant<P extends LabRequest, R> extends Variant<P, R>
		permits RateLimit, MaxConcurrency, OverRelease, PooledQueries, VirtualPermits {

}
