package org.concurrency.lab.deadlock;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * Two tellers moving money between the seed's two accounts. Every field is optional.
 *
 * @param transfers Transfers each teller makes: 200 from cuenta1 to cuenta2, and 100 back
 * (two tellers per variant: at most half of lab.limits.tasks).
 * @param pauseMs Milliseconds a teller works while holding its first account's lock, as
 * in the seed's time.sleep between the two locks (1 to 100).
 */
public record BankTransferRequest(@Positive @Default(100) Integer transfers,
		@Min(1) @Max(100) @Default(1) Integer pauseMs) implements LabRequest {

	/** Every transfer is a task, and each variant has two tellers. */
	@Override
	public void check(LimitCheck check) {
		check.atMost("transfers", this.transfers, check.lab().tasks() / 2, Limit.TASKS);
	}

}
