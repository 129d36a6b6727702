package org.concurrency.lab.experiment;

/**
 * An experiment refused because the lab already ran as many as it may at once.
 *
 * @param experiment the topic asked for
 * @param method the variant asked for
 */
public record ExperimentRejected(String experiment, String method) {
}
