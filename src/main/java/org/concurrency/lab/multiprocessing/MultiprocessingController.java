package org.concurrency.lab.multiprocessing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.concurrency.lab.experiment.Report;
import org.jspecify.annotations.Nullable;

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

	private final MultiprocessingService service;

	MultiprocessingController(MultiprocessingService service) {
		this.service = service;
	}

	@PostMapping("/basic")
	@Operation(summary = "Child JVMs with their own pid and exit code, started together and waited for")
	Report<BasicRequest, BasicResult> basic(@Valid @RequestBody(required = false) @Nullable BasicRequest request) {
		return this.service.basic(request);
	}

	@PostMapping("/queue")
	@Operation(summary = "A producer process and a consumer process, items passed through a bounded queue in the lab")
	Report<QueueRequest, QueueResult> queue(@Valid @RequestBody(required = false) @Nullable QueueRequest request) {
		return this.service.queue(request);
	}

	@PostMapping("/pipe")
	@Operation(summary = "Request and response with one child JVM over its stdin and stdout, with round-trip times")
	Report<PipeRequest, PipeResult> pipe(@Valid @RequestBody(required = false) @Nullable PipeRequest request) {
		return this.service.pipe(request);
	}

	@PostMapping("/pool")
	@Operation(summary = "A pool of reused worker JVMs against one JVM per task: the cost of starting a JVM")
	Report<PoolParams, PoolResult> pool(@Valid @RequestBody(required = false) @Nullable PoolRequest request) {
		return this.service.pool(request);
	}

	@PostMapping("/shared-state")
	@Operation(summary = "A counter in a memory-mapped file shared by child JVMs: unsafe against a FileLock")
	Report<SharedStateRequest, SharedStateResult> sharedState(
			@Valid @RequestBody(required = false) @Nullable SharedStateRequest request) {
		return this.service.sharedState(request);
	}

}
