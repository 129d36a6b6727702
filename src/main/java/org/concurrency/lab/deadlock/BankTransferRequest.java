package org.concurrency.lab.deadlock;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;

/**
 * The seed's two accounts and two tellers moving money between them in opposite
 * directions; a missing field takes its default.
 */
@Schema(description = "Two tellers moving money between the seed's two accounts. Every field is optional.")
public record BankTransferRequest(
		@Schema(description = "Transfers each teller makes: 200 from cuenta1 to cuenta2, and 100 back "
				+ "(two tellers per variant: at most half of lab.limits.tasks).") @Positive @Default(100) Integer transfers,
		@Schema(description = "Milliseconds a teller works while holding its first account's lock, as in the seed's "
				+ "time.sleep between the two locks (1 to 100).") @Min(1) @Max(100) @Default(1) Integer pauseMs)
		implements
			LabRequest {

	/** Every transfer is a task, and each variant has two tellers. */
	@Override
	public void check(LimitCheck check) {
		check.atMost("transfers", this.transfers, check.lab().tasks() / 2, Limit.TASKS);
	}

}
