package org.concurrency.lab.pattern;

import org.concurrency.lab.experiment.Topic;

import org.springframework.web.bind.annotation.RestController;

/** The pattern endpoints: the guides' concurrent designs, each with counts to check. */
@RestController
class PatternController extends Topic {

	PatternController() {
		super("Pipeline, fan-out/fan-in, actors, worker pool and cache, each beside the broken variant it replaces",
				new Pipeline(), new FanOutFanIn(), new Actors(), new WorkerPool(), new Cache());
	}

}
