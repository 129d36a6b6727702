package org.concurrency.lab.deadlock;

import org.concurrency.lab.experiment.Topic;

import org.springframework.web.bind.annotation.RestController;

/** The deadlock endpoints: a real one, found and broken, and three ways to avoid it. */
@RestController
class DeadlockController extends Topic {

	DeadlockController() {
		super("Threads waiting for each other's locks forever: found by the JVM's detector, broken, avoided",
				new CircularWait(), new GlobalLockOrder(), new TryLockBackoff(), new BankTransfer(),
				new VirtualThreadCycle());
	}

}
