package org.concurrency.lab.livelock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.Report;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The livelock endpoints: polite diners who never eat, and the back-off that feeds them.
 */
@RestController
@RequestMapping("/livelock")
@Tag(name = "livelock", description = "Threads busy responding to each other and making no progress")
class LivelockController {

	private final ExperimentEngine engine;

	LivelockController(ExperimentEngine engine) {
		this.engine = engine;
	}

	@PostMapping("/demonstrate")
	@Operation(summary = "Two polite diners handing one spoon back and forth: busy, and nobody eats")
	Report<LivelockRequest, LivelockResult> demonstrate(@Valid @RequestBody LivelockRequest request) {
		return this.engine.run(LivelockVariant.ALWAYS_POLITE, request);
	}

	@PostMapping("/resolve")
	@Operation(summary = "The same diners backing off at random after stepping aside: both eat")
	Report<LivelockRequest, LivelockResult> resolve(@Valid @RequestBody LivelockRequest request) {
		return this.engine.run(LivelockVariant.RANDOM_BACK_OFF, request);
	}

}
