package org.concurrency.lab.semaphore;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.Report;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The semaphore endpoints: permits that bound how many at once, or how often. */
@RestController
@RequestMapping("/semaphores")
@Tag(name = "semaphores", description = "Counted permits: rate limits, concurrency limits, over-release, pools")
class SemaphoreController {

	private final ExperimentEngine engine;

	SemaphoreController(ExperimentEngine engine) {
		this.engine = engine;
	}

	@PostMapping("/rate-limit")
	@Operation(summary = "At most permits_per_period operations in any period_ms window, "
			+ "beside the same operations unlimited")
	Report<RateLimitRequest, RateLimitResult> rateLimit(@Valid @RequestBody RateLimitRequest request) {
		return this.engine.run(new RateLimit(), request);
	}

	@PostMapping("/threading")
	@Operation(summary = "The most threads inside at once: the permits with a Semaphore, every worker without")
	Report<MaxConcurrencyRequest, MaxConcurrencyResult> threading(@Valid @RequestBody MaxConcurrencyRequest request) {
		return this.engine.run(new MaxConcurrency(), request);
	}

	@PostMapping("/bounded")
	@Operation(summary = "A double release raises a Semaphore's limit; a BoundedSemaphore refuses it")
	Report<OverReleaseRequest, OverReleaseResult> bounded(@Valid @RequestBody OverReleaseRequest request) {
		return this.engine.run(new OverRelease(), request);
	}

	@PostMapping("/connection-pool")
	@Operation(summary = "A pool of connections behind a Semaphore: acquire timeouts, health checks on return, "
			+ "beside a pool that returns broken connections")
	Report<ConnectionPoolRequest, ConnectionPoolResult> connectionPool(
			@Valid @RequestBody ConnectionPoolRequest request) {
		return this.engine.run(new PooledQueries(), request);
	}

}
