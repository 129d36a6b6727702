package org.concurrency.lab.starvation;

import org.concurrency.lab.experiment.Topic;

import org.springframework.web.bind.annotation.RestController;

/** The starvation endpoints: the same contention on an unfair and on a fair lock. */
@RestController
class StarvationController extends Topic {

	StarvationController() {
		super("Threads that never get the lock because others keep taking it first", StarvationVariant.UNFAIR,
				StarvationVariant.FAIR);
	}

}
