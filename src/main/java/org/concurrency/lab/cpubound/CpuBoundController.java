package org.concurrency.lab.cpubound;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.concurrency.lab.experiment.Comparison;
import org.concurrency.lab.experiment.Report;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The cpu-bound endpoints: the same computing tasks, run each way. */
@RestController
@RequestMapping("/cpu-bound")
@Tag(name = "cpu-bound", description = "Tasks that compute: where Java's threads differ most from Python's")
class CpuBoundController {

	private final CpuBoundService service;

	CpuBoundController(CpuBoundService service) {
		this.service = service;
	}

	@PostMapping("/sequential")
	@Operation(summary = "One task after another on one thread: the baseline")
	Report<CpuBoundRequest, CpuBoundResult> sequential(
			@Valid @RequestBody(required = false) @Nullable CpuBoundRequest request) {
		return this.service.run(CpuMethod.SEQUENTIAL, request);
	}

	@PostMapping("/threading")
	@Operation(summary = "A pool of platform threads: in Java they compute in parallel (no GIL)")
	Report<CpuBoundRequest, CpuBoundResult> threading(
			@Valid @RequestBody(required = false) @Nullable CpuBoundRequest request) {
		return this.service.run(CpuMethod.THREADING, request);
	}

	@PostMapping("/multiprocessing")
	@Operation(summary = "Child JVMs, each computing its share and answering over stdout")
	Report<CpuBoundRequest, CpuBoundResult> multiprocessing(
			@Valid @RequestBody(required = false) @Nullable CpuBoundRequest request) {
		return this.service.run(CpuMethod.MULTIPROCESSING, request);
	}

	@PostMapping("/virtual-threads")
	@Operation(summary = "One virtual thread per task: no faster than the carrier threads under them")
	Report<CpuBoundRequest, CpuBoundResult> virtualThreads(
			@Valid @RequestBody(required = false) @Nullable CpuBoundRequest request) {
		return this.service.run(CpuMethod.VIRTUAL_THREADS, request);
	}

	@PostMapping("/fork-join")
	@Operation(summary = "A ForkJoinPool splitting the tasks recursively, with work stealing")
	Report<CpuBoundRequest, CpuBoundResult> forkJoin(
			@Valid @RequestBody(required = false) @Nullable CpuBoundRequest request) {
		return this.service.run(CpuMethod.FORK_JOIN, request);
	}

	@PostMapping("/gil-simulated")
	@Operation(summary = "Platform threads sharing one global interpreter lock, as in CPython")
	Report<CpuBoundRequest, CpuBoundResult> gilSimulated(
			@Valid @RequestBody(required = false) @Nullable CpuBoundRequest request) {
		return this.service.run(CpuMethod.GIL_SIMULATED, request);
	}

	@PostMapping("/compare")
	@Operation(summary = "Every method on the same tasks, with each one's speedup over sequential")
	Report<CpuBoundRequest, Comparison.Result> compare(
			@Valid @RequestBody(required = false) @Nullable CpuBoundRequest request) {
		return this.service.compare(request);
	}

}
