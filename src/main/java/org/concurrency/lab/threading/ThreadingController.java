package org.concurrency.lab.threading;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.Report;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The threading endpoints: threads started and joined, pooled, daemon, their values and
 * states.
 */
@RestController
@RequestMapping("/threading")
@Tag(name = "threading", description = "Threads themselves: start and join, pools, daemon threads, "
		+ "ThreadLocal vs ScopedValue, and the states a thread goes through")
class ThreadingController {

	private final ExperimentEngine engine;

	ThreadingController(ExperimentEngine engine) {
		this.engine = engine;
	}

	@PostMapping("/basic")
	@Operation(summary = "Threads that each wait, started then joined: about one wait in all, not the sum")
	Report<BasicThreadsRequest, BasicThreadsResult> basic(@Valid @RequestBody BasicThreadsRequest request) {
		return this.engine.run(new BasicThreads(), request);
	}

	@PostMapping("/pool")
	@Operation(summary = "A fixed thread pool reusing its few threads for many tasks, beside one thread per task")
	Report<ThreadPoolRequest, ThreadPoolResult> pool(@Valid @RequestBody ThreadPoolRequest request) {
		return this.engine.run(new ThreadPool(), request);
	}

	@PostMapping("/daemon")
	@Operation(summary = "Two child JVMs: one exits as main returns, killing its daemon worker; one waits for its "
			+ "non-daemon worker")
	Report<DaemonRequest, DaemonResult> daemon(@Valid @RequestBody DaemonRequest request) {
		return this.engine.run(new DaemonThreads(), request);
	}

	@PostMapping("/thread-local")
	@Operation(summary = "A ThreadLocal never removed leaks one task's user into the next on a pooled thread; "
			+ "a ScopedValue cannot")
	Report<ThreadLocalRequest, ThreadLocalResult> threadLocal(@Valid @RequestBody ThreadLocalRequest request) {
		return this.engine.run(new ThreadLocals(), request);
	}

	@PostMapping("/states")
	@Operation(summary = "One thread seen in NEW, RUNNABLE, BLOCKED, WAITING, TIMED_WAITING and TERMINATED")
	Report<ThreadStatesRequest, ThreadStatesResult> states(@Valid @RequestBody ThreadStatesRequest request) {
		return this.engine.run(new ThreadStates(), request);
	}

}
