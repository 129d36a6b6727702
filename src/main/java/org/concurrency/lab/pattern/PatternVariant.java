package org.concurrency.lab.pattern;

import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.TopicName;
import org.concurrency.lab.experiment.Variant;

/**
 * The pattern variants: the guides' concurrent designs, each run beside the broken way it
 * replaces, each with a request of its own.
 */
@TopicName("patterns")
sealed interface PatternVariant<P extends LabRequest, R> extends Variant<P, R>
		permits Pipeline, FanOutFanIn, Actors, WorkerPool, Cache {

}
