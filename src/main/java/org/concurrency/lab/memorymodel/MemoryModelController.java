package org.concurrency.lab.memorymodel;

import org.concurrency.lab.experiment.Topic;

import org.springframework.web.bind.annotation.RestController;

/** The memory-model endpoints: litmus tests whose outcomes the lab counts. */
@RestController
class MemoryModelController extends Topic {

	MemoryModelController() {
		super("Litmus tests in the way of jcstress: two threads run a few lines on shared fields millions of times, "
				+ "and the lab counts which outcomes the Java Memory Model allows, forbids, and this machine shows",
				MemoryModelVariant.values());
	}

}
