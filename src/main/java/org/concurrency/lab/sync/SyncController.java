package org.concurrency.lab.sync;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.Report;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The sync endpoints: a primitive each, beside what goes wrong without it. */
@RestController
@RequestMapping("/sync")
@Tag(name = "sync", description = "More synchronization primitives from the guides: latch (Event), condition, "
		+ "barrier, read-write lock, each beside what goes wrong without it")
class SyncController {

	private final ExperimentEngine engine;

	SyncController(ExperimentEngine engine) {
		this.engine = engine;
	}

	@PostMapping("/event")
	@Operation(
			summary = "Waiters released together by a CountDownLatch (Python's Event), beside waiters polling a flag")
	Report<EventRequest, EventResult> event(@Valid @RequestBody EventRequest request) {
		return this.engine.run(new LatchEvent(), request);
	}

	@PostMapping("/condition")
	@Operation(summary = "A bounded buffer on a lock and two conditions, beside one that busy-polls")
	Report<ConditionRequest, ConditionResult> condition(@Valid @RequestBody ConditionRequest request) {
		return this.engine.run(new BoundedBuffer(), request);
	}

	@PostMapping("/barrier")
	@Operation(summary = "Parties kept in step by a CyclicBarrier, beside parties that run ahead without one")
	Report<BarrierRequest, BarrierResult> barrier(@Valid @RequestBody BarrierRequest request) {
		return this.engine.run(new BarrierPhases(), request);
	}

	@PostMapping("/read-write-lock")
	@Operation(summary = "Readers together under a ReentrantReadWriteLock, one at a time under a plain lock; "
			+ "writers alone either way")
	Report<ReadWriteLockRequest, ReadWriteLockResult> readWriteLock(@Valid @RequestBody ReadWriteLockRequest request) {
		return this.engine.run(new ReadersWriters(), request);
	}

}
