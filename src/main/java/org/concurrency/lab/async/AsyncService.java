package org.concurrency.lab.async;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LimitExceededException;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.Violation;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/** Runs the async experiments within the lab's limits. */
@Service
public class AsyncService {

	static final String EXPERIMENT = "async";

	private final ExperimentEngine engine;

	public AsyncService(ExperimentEngine engine) {
		this.engine = engine;
	}

	Report<AsyncRequest, GatherResult> gather(@Nullable AsyncRequest request) {
		AsyncRequest params = (request != null) ? request : AsyncRequest.defaults();
		LimitExceededException.throwIfAny(checkCommon(params));
		return this.engine.run(EXPERIMENT, "gather", params, new Gather());
	}

	Report<RunInExecutorRequest, RunInExecutorResult> runInExecutor(@Nullable RunInExecutorRequest request) {
		RunInExecutorRequest params = (request != null) ? request : RunInExecutorRequest.defaults();
		List<@Nullable Violation> checks = checkCommon(params);
		checks.add(checkSeconds("tick", params.tick()));
		if (checks.stream().allMatch((check) -> check == null) && params.delay() > 0) {
			// on the loop the calls run one after another: they must end well before the
			// deadline
			long fit = (long) (this.engine.limits().deadline().toMillis() / 2000.0 / params.delay());
			checks.add(Violation.check("tasks", params.tasks(), 1, Math.max(1, fit), "lab.limits.deadline"));
		}
		LimitExceededException.throwIfAny(checks);
		return this.engine.run(EXPERIMENT, "run-in-executor", params, new RunInExecutor());
	}

	Report<TimeoutRequest, TimeoutResult> timeout(@Nullable TimeoutRequest request) {
		TimeoutRequest params = (request != null) ? request : TimeoutRequest.defaults();
		List<@Nullable Violation> checks = checkCommon(params);
		checks.add(checkSeconds("timeout", params.timeout()));
		LimitExceededException.throwIfAny(checks);
		return this.engine.run(EXPERIMENT, "timeout", params, new Timeout());
	}

	Report<AsyncRequest, AsCompletedResult> asCompleted(@Nullable AsyncRequest request) {
		AsyncRequest params = (request != null) ? request : AsyncRequest.defaults();
		LimitExceededException.throwIfAny(checkCommon(params));
		return this.engine.run(EXPERIMENT, "as-completed", params, new AsCompleted());
	}

	Report<ExceptionsRequest, ExceptionsResult> exceptions(@Nullable ExceptionsRequest request) {
		ExceptionsRequest params = (request != null) ? request : ExceptionsRequest.defaults();
		List<@Nullable Violation> checks = checkCommon(params);
		params.failing()
			.stream()
			.filter((task) -> task == null || task < 0 || task >= params.tasks())
			.findFirst()
			.ifPresent((task) -> checks.add(new Violation("failing", params.failing(),
					"task indices between 0 and " + (params.tasks() - 1) + " (tasks - 1)", null)));
		LimitExceededException.throwIfAny(checks);
		return this.engine.run(EXPERIMENT, "exceptions", params, new Exceptions());
	}

	Report<CancellationRequest, CancellationResult> cancellation(@Nullable CancellationRequest request) {
		CancellationRequest params = (request != null) ? request : CancellationRequest.defaults();
		List<@Nullable Violation> checks = checkCommon(params);
		checks.add(checkSeconds("cancel_after", params.cancelAfter()));
		LimitExceededException.throwIfAny(checks);
		return this.engine.run(EXPERIMENT, "cancellation", params, new Cancellation());
	}

	Report<BlockingEventLoopRequest, BlockingEventLoopResult> blockingEventLoop(
			@Nullable BlockingEventLoopRequest request) {
		BlockingEventLoopRequest params = (request != null) ? request : BlockingEventLoopRequest.defaults();
		List<@Nullable Violation> checks = checkCommon(params);
		checks.add(checkSeconds("interval", params.interval()));
		if (checks.stream().allMatch((check) -> check == null)) {
			// each timer fires every interval for 2 × delay: firings are tasks
			long perTimer = Math.max(1, params.firings() / params.tasks());
			checks.add(Violation.check("tasks", params.tasks(), 1, Math.max(1, this.engine.limits().tasks() / perTimer),
					"lab.limits.tasks"));
		}
		LimitExceededException.throwIfAny(checks);
		return this.engine.run(EXPERIMENT, "blocking-event-loop", params, new BlockingEventLoop());
	}

	private List<@Nullable Violation> checkCommon(AsyncParams params) {
		LabLimits limits = this.engine.limits();
		return new ArrayList<>(
				Arrays.asList(Violation.check("tasks", params.tasks(), 1, limits.tasks(), "lab.limits.tasks"),
						checkSeconds("delay", params.delay())));
	}

	private @Nullable Violation checkSeconds(String field, double seconds) {
		return Violation.check(field, seconds, 0.0, this.engine.limits().delay().toMillis() / 1000.0,
				"lab.limits.delay");
	}

}
