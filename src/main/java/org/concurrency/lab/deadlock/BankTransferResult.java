package org.concurrency.lab.deadlock;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The seed's bank transfer done both ways, side by side.
 *
 * @param naive each teller locks the account it pays from, then the one it pays to
 * @param ordered each teller locks the account with the lower id first
 */
public record BankTransferResult(TransferVariant naive, TransferVariant ordered) {

	/**
	 * One way of locking the two accounts.
	 *
	 * @param lockOrder how a teller picks its first lock
	 * @param deadlocked whether the JVM's detector found the tellers deadlocked
	 * @param cycle the deadlock as the detector reported it, if there was one
	 * @param detectedAfterMs from the start until the detector reported it
	 * @param completedBeforeDeadlock transfers done, both tellers together, before they
	 * deadlocked
	 * @param brokenBy the teller the lab interrupted to break it, and what that did
	 * @param transfersCompleted transfers done, both tellers together
	 * @param transfersAborted transfers interrupted half-way: they had taken one lock and
	 * moved no money
	 * @param transfersSkipped transfers the interrupted teller never started
	 * @param balances each account's balance at the end (the seed checks no funds, so a
	 * balance may go below zero)
	 * @param totalBefore money in both accounts at the start
	 * @param totalAfter money in both accounts at the end
	 * @param conserved whether no money was created or lost
	 */
	public record TransferVariant(String lockOrder, boolean deadlocked,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<LockWait> cycle,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Double detectedAfterMs,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer completedBeforeDeadlock,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String brokenBy, int transfersCompleted,
			int transfersAborted, int transfersSkipped, Map<String, Long> balances, long totalBefore, long totalAfter,
			boolean conserved) {
	}

}
