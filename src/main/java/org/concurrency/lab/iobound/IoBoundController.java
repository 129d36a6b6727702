package org.concurrency.lab.iobound;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;
import org.concurrency.lab.experiment.Topic;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The io-bound endpoints: the same waiting tasks, run each way; and the lab's own slow
 * endpoint that {@code io=http} tasks call over loopback.
 */
@RestController
@Tag(name = "io-bound")
class IoBoundController extends Topic {

	private final ExperimentEngine engine;

	IoBoundController(ExperimentEngine engine) {
		super("Tasks that wait: sleeping, or calling the lab over loopback HTTP", IoBoundVariant.SEQUENTIAL,
				IoBoundVariant.THREADING, IoBoundVariant.ASYNC, IoBoundVariant.VIRTUAL_THREADS, IoBoundVariant.COMPARE);
		this.engine = engine;
	}

	@GetMapping("/io/delay")
	@Operation(summary = "Answers after ms milliseconds: what io=http tasks call over loopback")
	Map<String, Long> delay(@Parameter(description = "Milliseconds to wait (at most lab.limits.delay)",
			example = "1000") @RequestParam long ms) throws InterruptedException {
		new LimitCheck(this.engine.limits(), Object.class)
			.between("ms", ms, 0, Limit.DELAY.of(this.engine.limits()), Limit.DELAY)
			.throwIfAny();
		Thread.sleep(ms);
		return Map.of("delayed_ms", ms);
	}

}
