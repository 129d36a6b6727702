package org.concurrency.lab.semaphore;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Queries through a pool that checks its connections and through one that does not.
 *
 * @param poolSize connections in the pool
 * @param acquireTimeoutMs how long a worker waited for a connection at most
 * @param breakAfter queries a connection served before it broke
 * @param healthChecked the pool that replaces a broken connection when it is returned: no
 * query fails
 * @param withoutHealthCheck the same pool putting broken connections back as they are:
 * the next borrowers' queries fail
 */
public record ConnectionPoolResult(int poolSize, int acquireTimeoutMs, int breakAfter,
		@JsonUnwrapped PoolRun healthChecked, PoolRun withoutHealthCheck) {

	/**
	 * What one pool served. {@code queries_done + timeouts = queries_attempted}.
	 *
	 * @param queriesAttempted queries the workers tried to run
	 * @param queriesDone queries that got a connection
	 * @param failedQueries queries that got a broken connection and failed
	 * @param timeouts queries given up because no connection came free within the acquire
	 * timeout
	 * @param waits acquires that found no connection free and waited
	 * @param longestWaitMs the longest wait for a connection
	 * @param maxInUse the most connections in use at once: never above the pool size
	 * @param replaced broken connections the pool replaced
	 * @param connections every connection the pool opened
	 */
	public record PoolRun(int queriesAttempted, int queriesDone, int failedQueries, int timeouts, int waits,
			double longestWaitMs, int maxInUse, int replaced, List<ConnectionUse> connections) {
	}

	/**
	 * One connection.
	 *
	 * @param id its number, in the order opened
	 * @param uses queries it was borrowed for
	 * @param healthy whether it still worked at the end
	 * @param replaced whether the pool retired it, broken, and opened another
	 */
	public record ConnectionUse(int id, int uses, boolean healthy, boolean replaced) {
	}

}
