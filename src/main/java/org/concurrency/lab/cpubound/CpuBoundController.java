package org.concurrency.lab.cpubound;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.concurrency.lab.experiment.Comparison;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.Report;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The cpu-bound endpoints: the same computing tasks, run each way. */
@RestController
@RequestMapping("/cpu-bound")
@Tag(name = "cpu-bound", description = "Tasks that compute: where Java's threads differ most from Python's")
class CpuBoundController {

	private final ExperimentEngine engine;

	CpuBoundController(ExperimentEngine engine) {
		this.engine = engine;
	}

	@PostMapping("/sequential")
	@Operation(summary = "One task after another on one thread: the baseline")
	Report<CpuBoundRequest, CpuBoundResult> sequential(@Valid @RequestBody CpuBoundRequest request) {
		return this.engine.run(CpuBoundVariant.SEQUENTIAL, request);
	}

	@PostMapping("/threading")
	@Operation(summary = "A pool of platform threads: in Java they compute in parallel (no GIL)")
	Report<CpuBoundRequest, CpuBoundResult> threading(@Valid @RequestBody CpuBoundRequest request) {
		return this.engine.run(CpuBoundVariant.THREADING, request);
	}

	@PostMapping("/multiprocessing")
	@Operation(summary = "Child JVMs, each computing its share and answering over stdout")
	Report<CpuBoundRequest, CpuBoundResult> multiprocessing(@Valid @RequestBody CpuBoundRequest request) {
		return this.engine.run(CpuBoundVariant.MULTIPROCESSING, request);
	}

	@PostMapping("/virtual-threads")
	@Operation(summary = "One virtual thread per task: no faster than the carrier threads under them")
	Report<CpuBoundRequest, CpuBoundResult> virtualThreads(@Valid @RequestBody CpuBoundRequest request) {
		return this.engine.run(CpuBoundVariant.VIRTUAL_THREADS, request);
	}

	@PostMapping("/fork-join")
	@Operation(summary = "A ForkJoinPool splitting the tasks recursively, with work stealing")
	Report<CpuBoundRequest, CpuBoundResult> forkJoin(@Valid @RequestBody CpuBoundRequest request) {
		return this.engine.run(CpuBoundVariant.FORK_JOIN, request);
	}

	@PostMapping("/gil-simulated")
	@Operation(summary = "Platform threads sharing one global interpreter lock, as in CPython")
	Report<CpuBoundRequest, CpuBoundResult> gilSimulated(@Valid @RequestBody CpuBoundRequest request) {
		return this.engine.run(CpuBoundVariant.GIL_SIMULATED, request);
	}

	@PostMapping("/compare")
	@Operation(summary = "Every method on the same tasks, with each one's speedup over sequential")
	Report<CpuBoundRequest, Comparison.Result> compare(@Valid @RequestBody CpuBoundRequest request) {
		return this.engine.run(CpuBoundVariant.COMPARE, request);
	}

}
