package org.concurrency.lab.racecondition;

import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.TopicName;
import org.concurrency.lab.experiment.Variant;

/**
 * The race-condition variants: the counters that race ({@link CounterRace}) and the flag
 * one thread never sees ({@link Visibility}).
 */
@TopicName("race-conditions")
sealed interface RaceConditionVariant<P extends LabRequest, R> extends Variant<P, R> permits CounterRace, Visibility {

}
