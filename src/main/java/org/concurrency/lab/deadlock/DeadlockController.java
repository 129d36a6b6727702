package org.concurrency.lab.deadlock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.Report;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The deadlock endpoints: a real one, found and broken, and three ways to avoid it. */
@RestController
@RequestMapping("/deadlocks")
@Tag(name = "deadlocks",
		description = "Threads waiting for each other's locks forever: found by the JVM's detector, broken, avoided")
class DeadlockController {

	private final ExperimentEngine engine;

	DeadlockController(ExperimentEngine engine) {
		this.engine = engine;
	}

	@PostMapping("/demonstrate")
	@Operation(summary = "A real deadlock: the JVM's detector names the cycle, then the lab breaks it")
	Report<DeadlockRequest, DeadlockResult> demonstrate(@Valid @RequestBody DeadlockRequest request) {
		return this.engine.run(new CircularWait(), request);
	}

	@PostMapping("/prevent")
	@Operation(summary = "The same workers taking their locks in one global order: no deadlock")
	Report<DeadlockRequest, LockOrderResult> prevent(@Valid @RequestBody DeadlockRequest request) {
		return this.engine.run(new GlobalLockOrder(), request);
	}

	@PostMapping("/try-lock")
	@Operation(summary = "Opposite orders, but tryLock(timeout): give up, back off at random, retry")
	Report<TryLockRequest, TryLockResult> tryLock(@Valid @RequestBody TryLockRequest request) {
		return this.engine.run(new TryLockBackoff(), request);
	}

	@PostMapping("/bank-transfer")
	@Operation(summary = "The seed's bank transfer: locking from-then-to deadlocks, by account id does not")
	Report<BankTransferRequest, BankTransferResult> bankTransfer(@Valid @RequestBody BankTransferRequest request) {
		return this.engine.run(new BankTransfer(), request);
	}

}
