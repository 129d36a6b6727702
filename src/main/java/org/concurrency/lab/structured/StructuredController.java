package org.concurrency.lab.structured;

import org.concurrency.lab.experiment.Topic;

import org.springframework.web.bind.annotation.RestController;

/** Structured concurrency: StructuredTaskScope beside what it replaces. */
@RestController
class StructuredController extends Topic {

	StructuredController() {
		super("StructuredTaskScope (JDK 25 preview): subtasks on virtual threads that succeed, fail, race and time "
				+ "out as one, and ScopedValue", StructuredVariant.values());
	}

}
