package org.concurrency.lab.async;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.Report;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The async endpoints: asyncio's idioms with CompletableFuture. */
@RestController
@RequestMapping("/async")
@Tag(name = "async", description = "asyncio's gather, as_completed, wait_for and run_in_executor, "
		+ "retold with CompletableFuture on a single-threaded event loop")
class AsyncController {

	private final ExperimentEngine engine;

	AsyncController(ExperimentEngine engine) {
		this.engine = engine;
	}

	@PostMapping("/gather")
	@Operation(summary = "asyncio.gather: tasks that wait overlap; the total is the slowest wait, not the sum")
	Report<AsyncRequest, GatherResult> gather(@Valid @RequestBody AsyncRequest request) {
		return this.engine.run(new Gather(), request);
	}

	@PostMapping("/run-in-executor")
	@Operation(summary = "loop.run_in_executor: blocking calls on the loop stop its ticks; on an executor they do not")
	Report<RunInExecutorRequest, RunInExecutorResult> runInExecutor(@Valid @RequestBody RunInExecutorRequest request) {
		return this.engine.run(new RunInExecutor(), request);
	}

	@PostMapping("/timeout")
	@Operation(summary = "asyncio.wait_for: orTimeout leaves late work running; completeOnTimeout and a stop end it")
	Report<TimeoutRequest, TimeoutResult> timeout(@Valid @RequestBody TimeoutRequest request) {
		return this.engine.run(new Timeout(), request);
	}

	@PostMapping("/as-completed")
	@Operation(summary = "asyncio.as_completed: results in the order tasks end, not the order they started")
	Report<AsyncRequest, AsCompletedResult> asCompleted(@Valid @RequestBody AsyncRequest request) {
		return this.engine.run(new AsCompleted(), request);
	}

	@PostMapping("/exceptions")
	@Operation(summary = "Failing tasks: every outcome collected (return_exceptions) vs fail-fast cancelling the rest")
	Report<ExceptionsRequest, ExceptionsResult> exceptions(@Valid @RequestBody ExceptionsRequest request) {
		return this.engine.run(new Exceptions(), request);
	}

	@PostMapping("/cancellation")
	@Operation(
			summary = "task.cancel(): CompletableFuture.cancel leaves the work running; Future.cancel(true) stops it")
	Report<CancellationRequest, CancellationResult> cancellation(@Valid @RequestBody CancellationRequest request) {
		return this.engine.run(new Cancellation(), request);
	}

	@PostMapping("/blocking-event-loop")
	@Operation(summary = "A sleep on the event loop delays every timer; a scheduled wait delays none")
	Report<BlockingEventLoopRequest, BlockingEventLoopResult> blockingEventLoop(
			@Valid @RequestBody BlockingEventLoopRequest request) {
		return this.engine.run(new BlockingEventLoop(), request);
	}

}
