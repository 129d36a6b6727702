package org.concurrency.lab.pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.concurrency.lab.experiment.Report;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The pattern endpoints: the guides' concurrent designs, each with counts to check. */
@RestController
@RequestMapping("/patterns")
@Tag(name = "patterns", description = "Pipeline, fan-out/fan-in, actors, worker pool and cache, "
		+ "each beside the broken variant it replaces")
class PatternController {

	private final PatternService service;

	PatternController(PatternService service) {
		this.service = service;
	}

	@PostMapping("/pipeline")
	@Operation(summary = "Stages joined by queues: an exact sum of squares; cancelled, every stage stops")
	Report<PipelineRequest, PipelineResult> pipeline(
			@Valid @RequestBody(required = false) @Nullable PipelineRequest request) {
		return this.service.pipeline(request);
	}

	@PostMapping("/fan-out-fan-in")
	@Operation(summary = "Tasks fanned out to workers, results fanned in to one collector vs a shared total")
	Report<FanOutFanInRequest, FanOutFanInResult> fanOutFanIn(
			@Valid @RequestBody(required = false) @Nullable FanOutFanInRequest request) {
		return this.service.fanOutFanIn(request);
	}

	@PostMapping("/actor")
	@Operation(summary = "Actors with mailboxes and a supervisor: exact states; a stop flag drops the mailbox")
	Report<ActorRequest, ActorResult> actor(@Valid @RequestBody(required = false) @Nullable ActorRequest request) {
		return this.service.actor(request);
	}

	@PostMapping("/worker-pool")
	@Operation(summary = "Workers on a task queue: 'empty means done' loses tasks; end markers do not")
	Report<WorkerPoolRequest, WorkerPoolResult> workerPool(
			@Valid @RequestBody(required = false) @Nullable WorkerPoolRequest request) {
		return this.service.workerPool(request);
	}

	@PostMapping("/cache")
	@Operation(summary = "A cache with expiry: naive loads duplicate; read-write lock and computeIfAbsent load once")
	Report<CacheRequest, CacheResult> cache(@Valid @RequestBody(required = false) @Nullable CacheRequest request) {
		return this.service.cache(request);
	}

}
