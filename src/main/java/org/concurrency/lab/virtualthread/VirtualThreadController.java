package org.concurrency.lab.virtualthread;

import org.concurrency.lab.experiment.Topic;

import org.springframework.web.bind.annotation.RestController;

/**
 * The virtual-thread endpoints: pinning after JEP 491, and the scheduler under the
 * virtual threads.
 */
@RestController
class VirtualThreadController extends Topic {

	VirtualThreadController() {
		super("Virtual threads on JDK 25: what still pins them, and the scheduler under them", new Pinning(),
				new SchedulerMix());
	}

}
