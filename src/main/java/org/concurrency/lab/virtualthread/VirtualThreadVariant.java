package org.concurrency.lab.virtualthread;

import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.TopicName;
import org.concurrency.lab.experiment.Variant;

/**
 * The virtual-thread variants: what pins a virtual thread to its carrier
 * ({@link Pinning}), and what the scheduler does under work that waits or computes
 * ({@link SchedulerMix}).
 */
@TopicName("virtual-threads")
sealed interface VirtualThreadVariant<P extends LabRequest, R> extends Variant<P, R> permits Pinning, SchedulerMix {

}
