package org.concurrency.lab.async;

import org.concurrency.lab.experiment.Topic;

import org.springframework.web.bind.annotation.RestController;

/** The async endpoints: asyncio's idioms with CompletableFuture. */
@RestController
class AsyncController extends Topic {

	AsyncController() {
		super("asyncio's gather, as_completed, wait_for and run_in_executor, retold with CompletableFuture on a single-threaded event loop",
				new Gather(), new RunInExecutor(), new Timeout(), new AsCompleted(), new Exceptions(),
				new Cancellation(), new BlockingEventLoop(), new ThreadsAndLoop(), new AsyncProducerConsumer());
	}

}
