package org.concurrency.lab.multiprocessing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.Report;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The multiprocessing endpoints: child JVMs, and how they talk and share. */
@RestController
@RequestMapping("/multiprocessing")
@Tag(name = "multiprocessing",
		description = "Child JVMs: isolated processes that talk over pipes and share only what they map")
class MultiprocessingController {

	private final ExperimentEngine engine;

	MultiprocessingController(ExperimentEngine engine) {
		this.engine = engine;
	}

	@PostMapping("/basic")
	@Operation(summary = "Child JVMs with their own pid and exit code, started together and waited for")
	Report<BasicRequest, BasicResult> basic(@Valid @RequestBody BasicRequest request) {
		return this.engine.run(new BasicProcesses(), request);
	}

	@PostMapping("/queue")
	@Operation(summary = "A producer process and a consumer process, items passed through a bounded queue in the lab")
	Report<QueueRequest, QueueResult> queue(@Valid @RequestBody QueueRequest request) {
		return this.engine.run(new ProcessQueue(), request);
	}

	@PostMapping("/pipe")
	@Operation(summary = "Request and response with one child JVM over its stdin and stdout, with round-trip times")
	Report<PipeRequest, PipeResult> pipe(@Valid @RequestBody PipeRequest request) {
		return this.engine.run(new ProcessPipe(), request);
	}

	@PostMapping("/pool")
	@Operation(summary = "A pool of reused worker JVMs against one JVM per task: the cost of starting a JVM")
	Report<PoolParams, PoolResult> pool(@Valid @RequestBody PoolRequest request) {
		return this.engine.run(new ProcessPool(), PoolParams.of(request, this.engine.limits()));
	}

	@PostMapping("/shared-state")
	@Operation(summary = "A counter in a memory-mapped file shared by child JVMs: unsafe against a FileLock")
	Report<SharedStateRequest, SharedStateResult> sharedState(@Valid @RequestBody SharedStateRequest request) {
		return this.engine.run(new SharedCounter(), request);
	}

}
