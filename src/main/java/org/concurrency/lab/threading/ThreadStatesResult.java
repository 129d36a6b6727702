package org.concurrency.lab.threading;

import java.util.List;

/**
 * The states {@code threading/states} saw its thread in.
 *
 * @param thread the observed thread's name
 * @param states each state, in the order it was seen
 */
public record ThreadStatesResult(String thread, List<Observed> states) {

	/**
	 * One state, as {@code Thread.getState()} reported it.
	 *
	 * @param state the state
	 * @param how what the thread was doing, and how the main thread put it there
	 * @param observedAtMs when the main thread first saw it, in milliseconds since the
	 * run began
	 * @param polls {@code getState()} calls until it was seen
	 */
	public record Observed(Thread.State state, String how, double observedAtMs, int polls) {
	}

}
