package org.concurrency.lab.pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.Report;

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

	private final ExperimentEngine engine;

	PatternController(ExperimentEngine engine) {
		this.engine = engine;
	}

	@PostMapping("/pipeline")
	@Operation(summary = "Stages joined by queues: an exact sum of squares; cancelled, every stage stops")
	Report<PipelineRequest, PipelineResult> pipeline(@Valid @RequestBody PipelineRequest request) {
		return this.engine.run(new Pipeline(), request);
	}

	@PostMapping("/fan-out-fan-in")
	@Operation(summary = "Tasks fanned out to workers, results fanned in to one collector vs a shared total")
	Report<FanOutFanInRequest, FanOutFanInResult> fanOutFanIn(@Valid @RequestBody FanOutFanInRequest request) {
		return this.engine.run(new FanOutFanIn(), request);
	}

	@PostMapping("/actor")
	@Operation(summary = "Actors with mailboxes and a supervisor: exact states; a stop flag drops the mailbox")
	Report<ActorRequest, ActorResult> actor(@Valid @RequestBody ActorRequest request) {
		return this.engine.run(new Actors(), request);
	}

	@PostMapping("/worker-pool")
	@Operation(summary = "Workers on a task queue: 'empty means done' loses tasks; end markers do not")
	Report<WorkerPoolRequest, WorkerPoolResult> workerPool(@Valid @RequestBody WorkerPoolRequest request) {
		return this.engine.run(new WorkerPool(), request);
	}

	@PostMapping("/cache")
	@Operation(summary = "A cache with expiry: naive loads duplicate; read-write lock and computeIfAbsent load once")
	Report<CacheRequest, CacheResult> cache(@Valid @RequestBody CacheRequest request) {
		return this.engine.run(new Cache(), request);
	}

}
