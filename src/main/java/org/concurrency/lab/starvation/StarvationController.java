package org.concurrency.lab.starvation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.Report;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The starvation endpoints: the same contention on an unfair and on a fair lock. */
@RestController
@RequestMapping("/starvation")
@Tag(name = "starvation", description = "Threads that never get the lock because others keep taking it first")
class StarvationController {

	private final ExperimentEngine engine;

	StarvationController(ExperimentEngine engine) {
		this.engine = engine;
	}

	@PostMapping("/unfair")
	@Operation(summary = "Threads contending for an unfair ReentrantLock: the releasing thread barges back in")
	Report<StarvationRequest, StarvationResult> unfair(@Valid @RequestBody StarvationRequest request) {
		return this.engine.run(StarvationVariant.UNFAIR, request);
	}

	@PostMapping("/fair")
	@Operation(summary = "The same threads on a fair ReentrantLock(true): the lock goes round in FIFO order")
	Report<StarvationRequest, StarvationResult> fair(@Valid @RequestBody StarvationRequest request) {
		return this.engine.run(StarvationVariant.FAIR, request);
	}

}
