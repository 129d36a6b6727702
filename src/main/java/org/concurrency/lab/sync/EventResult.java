package org.concurrency.lab.sync;

import java.util.List;

/**
 * How fast each waiter of {@code sync/event} saw the signal.
 *
 * @param variants the latch, then the polled flag
 */
public record EventResult(List<Variant> variants) {

	/**
	 * One way to wait for the signal.
	 *
	 * @param variant {@code latch} or {@code polling}
	 * @param waiters each waiter
	 * @param meanLatencyMs the waiters' wake-up after the signal, on average
	 * @param maxLatencyMs the slowest waiter's wake-up after the signal
	 * @param spreadMs the slowest waiter's wake-up minus the fastest's
	 * @param checks looks at the signal, all waiters together: one each for the latch
	 */
	public record Variant(String variant, List<Waiter> waiters, double meanLatencyMs, double maxLatencyMs,
			double spreadMs, int checks) {
	}

	/**
	 * One waiter.
	 *
	 * @param worker its thread
	 * @param latencyMs from the signal being set until this waiter went on
	 * @param checks times it looked at the signal: one {@code await()} for the latch,
	 * every poll for the flag
	 */
	public record Waiter(String worker, double latencyMs, int checks) {
	}

}
