package org.concurrency.lab.cpubound;

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

/** Runs the cpu-bound methods, alone or side by side, within the lab's limits. */
@Service
public class CpuBoundService {

	static final String EXPERIMENT = "cpu-bound";

	private final ExperimentEngine engine;

	public CpuBoundService(ExperimentEngine engine) {
		this.engine = engine;
	}

	Report<CpuBoundRequest, CpuBoundResult> run(CpuMethod method, @Nullable CpuBoundRequest request) {
		CpuBoundRequest params = (request != null) ? request : CpuBoundRequest.defaults();
		List<@Nullable Violation> checks = checkCommon(params);
		if (method == CpuMethod.MULTIPROCESSING) {
			checks.add(checkProcesses(params));
		}
		LimitExceededException.throwIfAny(checks);
		return this.engine.run(EXPERIMENT, method.label(), params, method);
	}

	Report<CpuBoundRequest, Comparison.Result> compare(@Nullable CpuBoundRequest request) {
		CpuBoundRequest params = (request != null) ? request : CpuBoundRequest.defaults();
		LimitExceededException.throwIfAny(checkCommon(params));
		Map<String, Experiment<CpuBoundRequest, ?>> methods = new LinkedHashMap<>();
		for (CpuMethod method : CpuMethod.values()) {
			methods.put(method.label(), method);
		}
		Violation processes = checkProcesses(params);
		Map<String, String> skipped = (processes != null)
				? Map.of(CpuMethod.MULTIPROCESSING.label(), "workers is over " + processes.limit()) : Map.of();
		return this.engine.run(EXPERIMENT, "compare", params, (p, context) -> {
			Comparison.Result result = Comparison.run(context, p, methods, skipped);
			context.note("The same tasks six ways on " + Runtime.getRuntime().availableProcessors()
					+ " cores: threads, fork-join and child JVMs use every core; the simulated GIL lets one "
					+ "thread compute at a time, as CPython does.");
			return result;
		});
	}

	private List<@Nullable Violation> checkCommon(CpuBoundRequest params) {
		LabLimits limits = this.engine.limits();
		return new ArrayList<>(Arrays.asList(
				Violation.check("iterations", params.iterations(), 1, limits.tasks(), "lab.limits.tasks"),
				Violation.check("work", params.work(), 1, limits.work(), "lab.limits.work"), Violation.check("workers",
						params.workers(), 1, limits.platformThreads(), "lab.limits.platform-threads")));
	}

	private @Nullable Violation checkProcesses(CpuBoundRequest params) {
		return Violation.check("workers", Math.min(params.workers(), params.iterations()), 1,
				this.engine.limits().processes(), "lab.limits.processes");
	}

}
