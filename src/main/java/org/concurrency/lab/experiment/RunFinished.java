package org.concurrency.lab.experiment;

/**
 * Published when a run has ended and its report is built.
 *
 * @param report the report the client receives
 * @param platformThreadsStarted platform threads this run started itself, not counting
 * its parts (which are published on their own)
 * @param virtualThreadsStarted virtual threads likewise
 * @param processesStarted child JVMs likewise
 */
public record RunFinished(Report<?, ?> report, int platformThreadsStarted, long virtualThreadsStarted,
		int processesStarted) {
}
