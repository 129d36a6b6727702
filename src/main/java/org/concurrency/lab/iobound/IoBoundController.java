package org.concurrency.lab.iobound;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.concurrency.lab.experiment.Comparison;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;
import org.concurrency.lab.experiment.Report;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The io-bound endpoints: the same waiting tasks, run each way. */
@RestController
@Tag(name = "io-bound", description = "Tasks that wait: sleeping, or calling the lab over loopback HTTP")
class IoBoundController {

	private final ExperimentEngine engine;

	IoBoundController(ExperimentEngine engine) {
		this.engine = engine;
	}

	@PostMapping("/io-bound/sequential")
	@Operation(summary = "One wait after another: the total is the sum of the waits")
	Report<IoBoundRequest, IoBoundResult> sequential(@Valid @RequestBody IoBoundRequest request) {
		return this.engine.run(IoBoundVariant.SEQUENTIAL, request);
	}

	@PostMapping("/io-bound/threading")
	@Operation(summary = "One platform thread per task: the waits overlap, each holding an OS thread")
	Report<IoBoundRequest, IoBoundResult> threading(@Valid @RequestBody IoBoundRequest request) {
		return this.engine.run(IoBoundVariant.THREADING, request);
	}

	@PostMapping("/io-bound/async")
	@Operation(summary = "CompletableFuture with timers or non-blocking HTTP: no thread held while waiting")
	Report<IoBoundRequest, IoBoundResult> async(@Valid @RequestBody IoBoundRequest request) {
		return this.engine.run(IoBoundVariant.ASYNC, request);
	}

	@PostMapping("/io-bound/virtual-threads")
	@Operation(summary = "One virtual thread per task: blocking code that scales to the hundred thousand")
	Report<IoBoundRequest, IoBoundResult> virtualThreads(@Valid @RequestBody IoBoundRequest request) {
		return this.engine.run(IoBoundVariant.VIRTUAL_THREADS, request);
	}

	@PostMapping("/io-bound/compare")
	@Operation(summary = "Every method on the same tasks, with each one's speedup over sequential")
	Report<IoBoundRequest, Comparison.Result> compare(@Valid @RequestBody IoBoundRequest request) {
		return this.engine.run(IoBoundVariant.COMPARE, request);
	}

	@GetMapping("/io/delay")
	@Operation(summary = "Answers after ms milliseconds: what io=http tasks call over loopback")
	Map<String, Long> delay(@Parameter(description = "Milliseconds to wait (at most lab.limits.delay)",
			example = "1000") @RequestParam long ms) throws InterruptedException {
		new LimitCheck(this.engine.limits(), Object.class)
			.between("ms", ms, 0, Limit.DELAY.of(this.engine.limits()), Limit.DELAY)
			.throwIfAny();
		Thread.sleep(ms);
		return Map.of("delayed_ms", ms);
	}

}
