package org.concurrency.lab.multiprocessing;

import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.TopicName;
import org.concurrency.lab.experiment.Variant;

/**
 * The multiprocessing variants, each a different use of child JVMs: started and joined
 * ({@link BasicProcesses}), joined by a queue ({@link ProcessQueue}) or a pipe
 * ({@link ProcessPipe}), reused as a pool ({@link ProcessPool}), sharing a mapped counter
 * ({@link SharedCounter}), and a dict served by a manager process
 * ({@link ProcessManager}).
 */
@TopicName("multiprocessing")
sealed interface MultiprocessingVariant<P extends LabRequest, R> extends Variant<P, R>
		permits BasicProcesses, ProcessQueue, ProcessPipe, ProcessPool, SharedCounter, ProcessManager {

}
