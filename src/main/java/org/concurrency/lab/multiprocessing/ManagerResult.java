package org.concurrency.lab.multiprocessing;

/**
 * One dict served by a manager process, updated without and with its lock, and the same
 * count of updates to a counter in a mapped file.
 *
 * @param unlocked each update's read and write of {@code total} as separate calls, no
 * lock: updates are lost
 * @param locked the same calls under the manager's lock: the dict is exact
 * @param mappedFile the same count of increments of a counter in a memory-mapped file
 * under a {@code FileLock}
 */
public record ManagerResult(Dict unlocked, Dict locked, Mapped mappedFile) {

	/**
	 * The dict as the manager held it once every client was done.
	 *
	 * @param processes client JVMs
	 * @param operations updates made, all clients together
	 * @param callsPerOperation round trips to the manager in one update
	 * @param durationMs from {@code go} until the last client was done
	 * @param usPerOperation {@code duration_ms} ÷ {@code operations}, in microseconds
	 * @param exact every key present, each list exactly 0 … operations − 1 in order, and
	 * {@code total} equal to the operations
	 * @param keysExpected a list per client, and {@code total}
	 * @param keysActual keys in the dict
	 * @param appendsExpected values appended, all lists together
	 * @param appendsActual values in the lists
	 * @param listsInOrder every client's list held exactly its appends, in order
	 * @param totalExpected increments of {@code total} made
	 * @param totalActual {@code total} in the dict
	 * @param lostUpdates {@code total_expected − total_actual}: overwritten between
	 * another client's read and write
	 */
	public record Dict(int processes, long operations, int callsPerOperation, double durationMs, double usPerOperation,
			boolean exact, int keysExpected, int keysActual, long appendsExpected, long appendsActual,
			boolean listsInOrder, long totalExpected, long totalActual, long lostUpdates) {
	}

	/**
	 * The counter in the mapped file.
	 *
	 * @param processes client JVMs, the same ones
	 * @param operations increments made, all clients together
	 * @param durationMs from {@code go} until the last client was done
	 * @param usPerOperation {@code duration_ms} ÷ {@code operations}, in microseconds
	 * @param exact the counter equals the operations
	 * @param expected increments made
	 * @param actual the counter in the file
	 */
	public record Mapped(int processes, long operations, double durationMs, double usPerOperation, boolean exact,
			long expected, long actual) {
	}

}
