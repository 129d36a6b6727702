package org.concurrency.lab.racecondition;

import org.concurrency.lab.experiment.Topic;

import org.springframework.web.bind.annotation.RestController;

/** The race-condition endpoints: one counter, many threads, the race and its fixes. */
@RestController
class RaceConditionController extends Topic {

	RaceConditionController() {
		super("Threads incrementing one counter: updates lost without protection, counted exactly with a lock, a monitor or an atomic; and a flag one thread never sees another set",
				CounterRace.UNSAFE, CounterRace.LOCK, CounterRace.RLOCK, CounterRace.SYNCHRONIZED, CounterRace.ATOMIC,
				CounterRace.LONG_ADDER, new Visibility());
	}

}
