package org.concurrency.lab.deadlock;

import java.util.Arrays;

import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LimitExceededException;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.Violation;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/** Runs the deadlock experiments within the lab's limits. */
@Service
public class DeadlockService {

	static final String EXPERIMENT = "deadlocks";

	private final ExperimentEngine engine;

	public DeadlockService(ExperimentEngine engine) {
		this.engine = engine;
	}

	Report<DeadlockRequest, DeadlockResult> demonstrate(@Nullable DeadlockRequest request) {
		DeadlockRequest params = (request != null) ? request : DeadlockRequest.defaults();
		LimitExceededException.throwIf(checkWorkers(params.numWorkers()));
		return this.engine.run(EXPERIMENT, "demonstrate", params, new CircularWait());
	}

	Report<DeadlockRequest, LockOrderResult> prevent(@Nullable DeadlockRequest request) {
		DeadlockRequest params = (request != null) ? request : DeadlockRequest.defaults();
		LimitExceededException.throwIf(checkWorkers(params.numWorkers()));
		return this.engine.run(EXPERIMENT, "prevent", params, new GlobalLockOrder());
	}

	Report<TryLockRequest, TryLockResult> tryLock(@Nullable TryLockRequest request) {
		TryLockRequest params = (request != null) ? request : TryLockRequest.defaults();
		Violation backoff = (params.backoffMaxMs() < params.backoffMinMs()) ? new Violation("backoff_max_ms",
				params.backoffMaxMs(), "at least backoff_min_ms (" + params.backoffMinMs() + ")", null) : null;
		LimitExceededException.throwIfAny(Arrays.asList(checkWorkers(params.numWorkers()), backoff));
		return this.engine.run(EXPERIMENT, "try-lock", params, new TryLockBackoff());
	}

	Report<BankTransferRequest, BankTransferResult> bankTransfer(@Nullable BankTransferRequest request) {
		BankTransferRequest params = (request != null) ? request : BankTransferRequest.defaults();
		LabLimits limits = this.engine.limits();
		LimitExceededException
			.throwIf(Violation.check("transfers", params.transfers(), 1, limits.tasks() / 2, "lab.limits.tasks"));
		return this.engine.run(EXPERIMENT, "bank-transfer", params, new BankTransfer());
	}

	private @Nullable Violation checkWorkers(int numWorkers) {
		return Violation.check("num_workers", numWorkers, 2,
				Math.min(DeadlockRequest.MAX_WORKERS, this.engine.limits().platformThreads()),
				"lab.limits.platform-threads");
	}

}
