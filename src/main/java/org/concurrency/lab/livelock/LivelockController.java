package org.concurrency.lab.livelock;

import org.concurrency.lab.experiment.Topic;

import org.springframework.web.bind.annotation.RestController;

/**
 * The livelock endpoints: polite diners who never eat, and the back-off that feeds them.
 */
@RestController
class LivelockController extends Topic {

	LivelockController() {
		super("Threads busy responding to each other and making no progress", LivelockVariant.ALWAYS_POLITE,
				LivelockVariant.RANDOM_BACK_OFF);
	}

}
