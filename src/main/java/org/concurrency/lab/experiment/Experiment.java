package org.concurrency.lab.experiment;

/**
 * One variant of an experiment: the code that does the work, given its parameters and the
 * context it must start its threads and processes from.
 *
 * @param <P> the effective parameters
 * @param <R> the topic-specific result, reported beside the common fields
 */
@FunctionalInterface
public interface Experiment<P, R> {

	R run(P params, RunContext context) throws Exception;

}
