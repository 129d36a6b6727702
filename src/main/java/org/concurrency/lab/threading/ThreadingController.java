package org.concurrency.lab.threading;

import org.concurrency.lab.experiment.Topic;

import org.springframework.web.bind.annotation.RestController;

/**
 * The threading endpoints: threads started and joined, pooled, daemon, their values and
 * states.
 */
@RestController
class ThreadingController extends Topic {

	ThreadingController() {
		super("Threads themselves: start and join, pools, daemon threads, ThreadLocal vs ScopedValue, and the states a thread goes through",
				new BasicThreads(), new ThreadPool(), new DaemonThreads(), new ThreadLocals(), new ThreadStates());
	}

}
