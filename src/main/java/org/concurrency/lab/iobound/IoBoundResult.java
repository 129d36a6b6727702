package org.concurrency.lab.iobound;

import java.util.List;

/**
 * What an io-bound run's tasks answered.
 *
 * @param results each task's answer, for the first tasks (as many as the timeline keeps)
 * @param tasks tasks that waited
 * @param delay seconds each task waited
 */
public record IoBoundResult(List<String> results, int tasks, double delay) {
}
