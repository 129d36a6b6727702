package org.concurrency.lab.pattern;

import java.util.List;

/**
 * What {@code actor} found: the same actors and messages, stopped two ways.
 *
 * @param actors calculator actors
 * @param messages add messages each was sent: add 1 … add messages
 * @param expectedState each actor's state when it processed them all: m(m+1)/2
 * @param shutdownMessage stopped by a shutdown message queued behind the work
 * @param stopFlag stopped as the seed's {@code stop()} does: a flag, then a message
 */
public record ActorResult(int actors, int messages, long expectedState, ActorRun shutdownMessage, ActorRun stopFlag) {

	/**
	 * One run.
	 *
	 * @param how how the actors were stopped
	 * @param messagesSent add messages sent, all actors together
	 * @param processed add messages processed
	 * @param dropped messages left in the mailboxes when the actors stopped
	 * @param replies state reports the supervisor received
	 * @param statesExact whether every actor's state is the expected one
	 * @param actorCounts each actor
	 * @param threadsAliveAfter the run's threads alive once every actor was stopped
	 */
	public record ActorRun(String how, int messagesSent, int processed, int dropped, int replies, boolean statesExact,
			List<ActorCount> actorCounts, List<String> threadsAliveAfter) {
	}

	/**
	 * One calculator actor.
	 *
	 * @param actor its name
	 * @param thread the virtual thread that ran it
	 * @param processed add messages it processed
	 * @param state its state: the sum of the values it added
	 * @param dropped messages left in its mailbox when it stopped
	 * @param reported whether its state report reached the supervisor
	 */
	public record ActorCount(String actor, String thread, int processed, long state, int dropped, boolean reported) {
	}

}
