package org.concurrency.lab.racecondition;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.Report;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The race-condition endpoints: one counter, many threads, the race and its fixes. */
@RestController
@RequestMapping("/race-conditions")
@Tag(name = "race-conditions",
		description = "Threads incrementing one counter: updates lost without protection, counted exactly with "
				+ "a lock, a monitor or an atomic; and a flag one thread never sees another set")
class RaceConditionController {

	private final ExperimentEngine engine;

	RaceConditionController(ExperimentEngine engine) {
		this.engine = engine;
	}

	@PostMapping("/unsafe")
	@Operation(summary = "Read, pause, write back plus one, unprotected: increments are lost")
	Report<RaceRequest, RaceResult> unsafe(@Valid @RequestBody RaceRequest request) {
		return this.engine.run(CounterRace.UNSAFE, request);
	}

	@PostMapping("/lock")
	@Operation(summary = "A ReentrantLock around read-pause-write: exact, one thread at a time")
	Report<RaceRequest, RaceResult> lock(@Valid @RequestBody RaceRequest request) {
		return this.engine.run(CounterRace.LOCK, request);
	}

	@PostMapping("/rlock")
	@Operation(summary = "A locked deposit() calling a locked add(): reentrant (hold count 2) vs a Semaphore(1) "
			+ "that deadlocks on itself")
	Report<RaceRequest, RaceResult> rlock(@Valid @RequestBody RaceRequest request) {
		return this.engine.run(CounterRace.RLOCK, request);
	}

	@PostMapping("/synchronized")
	@Operation(summary = "A synchronized method around read-pause-write: the built-in monitor")
	Report<RaceRequest, RaceResult> synchronizedMethod(@Valid @RequestBody RaceRequest request) {
		return this.engine.run(CounterRace.SYNCHRONIZED, request);
	}

	@PostMapping("/atomic")
	@Operation(summary = "An AtomicLong compare-and-set loop: no lock, retried when another thread wrote first")
	Report<RaceRequest, RaceResult> atomic(@Valid @RequestBody RaceRequest request) {
		return this.engine.run(CounterRace.ATOMIC, request);
	}

	@PostMapping("/long-adder")
	@Operation(summary = "LongAdder.increment(): one atomic step, no window to lose an update in")
	Report<RaceRequest, RaceResult> longAdder(@Valid @RequestBody RaceRequest request) {
		return this.engine.run(CounterRace.LONG_ADDER, request);
	}

	@PostMapping("/visibility")
	@Operation(summary = "A reader spinning on a plain flag never sees it set; on a volatile flag it does "
			+ "(in a child JVM)")
	Report<VisibilityRequest, VisibilityResult> visibility(@Valid @RequestBody VisibilityRequest request) {
		return this.engine.run(new Visibility(), request);
	}

}
