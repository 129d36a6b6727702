package org.concurrency.lab.iobound;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.concurrency.lab.experiment.Comparison;
import org.concurrency.lab.experiment.Experiment;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LimitExceededException;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.Violation;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/** Runs the io-bound methods, alone or side by side, within the lab's limits. */
@Service
public class IoBoundService {

	static final String EXPERIMENT = "io-bound";

	private final ExperimentEngine engine;

	private final LoopbackServer loopback;

	IoBoundService(ExperimentEngine engine, LoopbackServer loopback) {
		this.engine = engine;
		this.loopback = loopback;
	}

	Report<IoBoundRequest, IoBoundResult> run(IoMethod method, @Nullable IoBoundRequest request) {
		IoBoundRequest params = (request != null) ? request : IoBoundRequest.defaults();
		List<@Nullable Violation> checks = checkCommon(params);
		if (method == IoMethod.THREADING) {
			checks.add(checkPlatformThreads(params));
		}
		LimitExceededException.throwIfAny(checks);
		return this.engine.run(EXPERIMENT, method.label(), params, experiment(method));
	}

	Report<IoBoundRequest, Comparison.Result> compare(@Nullable IoBoundRequest request) {
		IoBoundRequest params = (request != null) ? request : IoBoundRequest.defaults();
		LimitExceededException.throwIfAny(checkCommon(params));
		Map<String, Experiment<IoBoundRequest, ?>> methods = new LinkedHashMap<>();
		for (IoMethod method : IoMethod.values()) {
			methods.put(method.label(), experiment(method));
		}
		Violation threads = checkPlatformThreads(params);
		Map<String, String> skipped = (threads != null)
				? Map.of(IoMethod.THREADING.label(), "iterations is over " + threads.limit()) : Map.of();
		return this.engine.run(EXPERIMENT, "compare", params, (p, context) -> {
			Comparison.Result result = Comparison.run(context, p, methods, skipped);
			context.note("The same waits four ways: every concurrent method finishes in about one wait; they "
					+ "differ in what a waiting task holds (an OS thread, a callback, a virtual thread).");
			return result;
		});
	}

	private Experiment<IoBoundRequest, IoBoundResult> experiment(IoMethod method) {
		return (params, context) -> {
			IoMethod.Answers answers = new IoMethod.Answers(
					Math.min(params.iterations(), context.limits().timelineEntries()));
			try (Waiting waiting = waiting(params, context)) {
				method.run(params, context, waiting, answers);
			}
			return new IoBoundResult(answers.list(), params.iterations(), params.delay());
		};
	}

	private Waiting waiting(IoBoundRequest params, org.concurrency.lab.experiment.RunContext context) {
		if (params.io() == IoBoundRequest.Io.SLEEP) {
			return Waiting.bySleeping(params.delayMillis(), context);
		}
		URI base = this.loopback.base()
			.orElseThrow(() -> new LimitExceededException(
					List.of(new Violation("io", "http", "sleep, or http once the lab's web server listens", null))));
		return Waiting.byHttp(params.delayMillis(), base, context);
	}

	private List<@Nullable Violation> checkCommon(IoBoundRequest params) {
		LabLimits limits = this.engine.limits();
		int maxTasks = (params.io() == IoBoundRequest.Io.HTTP) ? limits.httpTasks() : limits.tasks();
		return new ArrayList<>(Arrays.asList(
				Violation.check("iterations", params.iterations(), 1, maxTasks,
						(params.io() == IoBoundRequest.Io.HTTP) ? "lab.limits.http-tasks" : "lab.limits.tasks"),
				Violation.check("delay", params.delay(), 0.0, limits.delay().toMillis() / 1000.0, "lab.limits.delay")));
	}

	private @Nullable Violation checkPlatformThreads(IoBoundRequest params) {
		return Violation.check("iterations", params.iterations(), 1, this.engine.limits().platformThreads(),
				"lab.limits.platform-threads");
	}

}
