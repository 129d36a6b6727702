package org.concurrency.lab.semaphore;

import org.concurrency.lab.experiment.Topic;

import org.springframework.web.bind.annotation.RestController;

/** The semaphore endpoints: permits that bound how many at once, or how often. */
@RestController
class SemaphoreController extends Topic {

	SemaphoreController() {
		super("Counted permits: rate limits, concurrency limits, over-release, pools", new RateLimit(),
				new MaxConcurrency(), new OverRelease(), new PooledQueries(), new VirtualPermits());
	}

}
