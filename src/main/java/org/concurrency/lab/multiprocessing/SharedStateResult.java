package org.concurrency.lab.multiprocessing;

/**
 * One counter shared by child JVMs, without and with a file lock.
 *
 * @param unsafe read and write with nothing between: increments are lost
 * @param fileLock each read and write under a {@code FileLock}: exact
 */
public record SharedStateResult(Counter unsafe, Counter fileLock) {

	/**
	 * What one side counted.
	 *
	 * @param processes child JVMs that incremented
	 * @param expected increments made, all processes together
	 * @param actual the counter's value in the file at the end
	 * @param lostIncrements {@code expected − actual}: increments overwritten by another
	 * process
	 * @param durationMs from {@code go} until the last process was done
	 */
	public record Counter(int processes, long expected, long actual, long lostIncrements, double durationMs) {
	}

}
