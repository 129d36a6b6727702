package org.concurrency.lab.sync;

import org.concurrency.lab.experiment.Topic;

import org.springframework.web.bind.annotation.RestController;

/** The sync endpoints: a primitive each, beside what goes wrong without it. */
@RestController
class SyncController extends Topic {

	SyncController() {
		super("More synchronization primitives from the guides: latch (Event), condition, barrier, read-write lock, each beside what goes wrong without it",
				new LatchEvent(), new BoundedBuffer(), new BarrierPhases(), new ReadersWriters());
	}

}
