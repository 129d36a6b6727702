package org.concurrency.lab.threading;

import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.TopicName;
import org.concurrency.lab.experiment.Variant;

/**
 * The threading variants: threads started and joined ({@link BasicThreads}), pooled
 * ({@link ThreadPool}), daemon or not ({@link DaemonThreads}), their per-task values
 * ({@link ThreadLocals}) and their states ({@link ThreadStates}).
 */
@TopicName("threading")
sealed interface ThreadingVariant<P extends LabRequest, R> extends Variant<P, R>
		permits BasicThreads, ThreadPool, DaemonThreads, ThreadLocals, ThreadStates {

}
