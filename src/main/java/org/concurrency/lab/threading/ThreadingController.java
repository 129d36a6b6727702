package org.concurrency.lab.threading;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.concurrency.lab.experiment.Report;
import org.jspecify.annotations.Nullable;

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

	private final ThreadingService service;

	ThreadingController(ThreadingService service) {
		this.service = service;
	}

	@PostMapping("/basic")
	@Operation(summary = "Threads that each wait, started then joined: about one wait in all, not the sum")
	Report<BasicThreadsRequest, BasicThreadsResult> basic(
			@Valid @RequestBody(required = false) @Nullable BasicThreadsRequest request) {
		return this.service.basic(request);
	}

	@PostMapping("/pool")
	@Operation(summary = "A fixed thread pool reusing its few threads for many tasks, beside one thread per task")
	Report<ThreadPoolRequest, ThreadPoolResult> pool(
			@Valid @RequestBody(required = false) @Nullable ThreadPoolRequest request) {
		return this.service.pool(request);
	}

	@PostMapping("/daemon")
	@Operation(summary = "Two child JVMs: one exits as main returns, killing its daemon worker; one waits for its "
			+ "non-daemon worker")
	Report<DaemonRequest, DaemonResult> daemon(@Valid @RequestBody(required = false) @Nullable DaemonRequest request) {
		return this.service.daemon(request);
	}

	@PostMapping("/thread-local")
	@Operation(summary = "A ThreadLocal never removed leaks one task's user into the next on a pooled thread; "
			+ "a ScopedValue cannot")
	Report<ThreadLocalRequest, ThreadLocalResult> threadLocal(
			@Valid @RequestBody(required = false) @Nullable ThreadLocalRequest request) {
		return this.service.threadLocal(request);
	}

	@PostMapping("/states")
	@Operation(summary = "One thread seen in NEW, RUNNABLE, BLOCKED, WAITING, TIMED_WAITING and TERMINATED")
	Report<ThreadStatesRequest, ThreadStatesResult> states(
			@Valid @RequestBody(required = false) @Nullable ThreadStatesRequest request) {
		return this.service.states(request);
	}

}
