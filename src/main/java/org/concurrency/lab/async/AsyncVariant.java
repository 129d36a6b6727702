package org.concurrency.lab.async;

import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.TopicName;
import org.concurrency.lab.experiment.Variant;

/**
 * The async variants: asyncio's idioms retold with {@code CompletableFuture}, each with
 * the way it goes wrong beside it.
 */
@TopicName("async")
sealed interface AsyncVariant<P extends LabRequest, R> extends Variant<P, R> permits Gather, AsCompleted, RunInExecutor,
		Timeout, Exceptions, Cancellation, BlockingEventLoop, ThreadsAndLoop, AsyncProducerConsumer {

}
