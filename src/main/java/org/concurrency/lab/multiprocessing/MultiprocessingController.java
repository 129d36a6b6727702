package org.concurrency.lab.multiprocessing;

import org.concurrency.lab.experiment.Topic;

import org.springframework.web.bind.annotation.RestController;

/** The multiprocessing endpoints: child JVMs, and how they talk and share. */
@RestController
class MultiprocessingController extends Topic {

	MultiprocessingController() {
		super("Child JVMs: isolated processes that talk over pipes and share only what they map", new BasicProcesses(),
				new ProcessQueue(), new ProcessPipe(), new ProcessPool(), new SharedCounter(), new ProcessManager());
	}

}
