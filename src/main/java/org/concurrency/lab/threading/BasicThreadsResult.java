package org.concurrency.lab.threading;

import java.util.List;

/**
 * What {@code threading/basic} saw of its threads.
 *
 * @param joinedThreads each thread, in the order it was started
 * @param allJoined whether every thread had ended when the last {@code join} returned
 * @param delay seconds each thread waited
 * @param sumOfDelays seconds the waits add up to: what one thread doing them in turn
 * would take
 */
public record BasicThreadsResult(List<JoinedThread> joinedThreads, boolean allJoined, double delay,
		double sumOfDelays) {

	/**
	 * One thread, as it described itself.
	 *
	 * @param name its name
	 * @param id its {@code threadId()}
	 * @param daemon whether it was a daemon thread
	 * @param startMs when it began, in milliseconds since the run began
	 * @param endMs when it ended its work
	 * @param aliveAfterJoin whether it was still alive once {@code join} returned
	 */
	public record JoinedThread(String name, long id, boolean daemon, double startMs, double endMs,
			boolean aliveAfterJoin) {
	}

}
