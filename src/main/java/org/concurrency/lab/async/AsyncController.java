package org.concurrency.lab.async;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.concurrency.lab.experiment.Report;
import org.jspecify.annotations.Nullable;

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

	private final AsyncService service;

	AsyncController(AsyncService service) {
		this.service = service;
	}

	@PostMapping("/gather")
	@Operation(summary = "asyncio.gather: tasks that wait overlap; the total is the slowest wait, not the sum")
	Report<AsyncRequest, GatherResult> gather(@Valid @RequestBody(required = false) @Nullable AsyncRequest request) {
		return this.service.gather(request);
	}

	@PostMapping("/run-in-executor")
	@Operation(summary = "loop.run_in_executor: blocking calls on the loop stop its ticks; on an executor they do not")
	Report<RunInExecutorRequest, RunInExecutorResult> runInExecutor(
			@Valid @RequestBody(required = false) @Nullable RunInExecutorRequest request) {
		return this.service.runInExecutor(request);
	}

	@PostMapping("/timeout")
	@Operation(summary = "asyncio.wait_for: orTimeout leaves late work running; completeOnTimeout and a stop end it")
	Report<TimeoutRequest, TimeoutResult> timeout(
			@Valid @RequestBody(required = false) @Nullable TimeoutRequest request) {
		return this.service.timeout(request);
	}

	@PostMapping("/as-completed")
	@Operation(summary = "asyncio.as_completed: results in the order tasks end, not the order they started")
	Report<AsyncRequest, AsCompletedResult> asCompleted(
			@Valid @RequestBody(required = false) @Nullable AsyncRequest request) {
		return this.service.asCompleted(request);
	}

	@PostMapping("/exceptions")
	@Operation(summary = "Failing tasks: every outcome collected (return_exceptions) vs fail-fast cancelling the rest")
	Report<ExceptionsRequest, ExceptionsResult> exceptions(
			@Valid @RequestBody(required = false) @Nullable ExceptionsRequest request) {
		return this.service.exceptions(request);
	}

	@PostMapping("/cancellation")
	@Operation(
			summary = "task.cancel(): CompletableFuture.cancel leaves the work running; Future.cancel(true) stops it")
	Report<CancellationRequest, CancellationResult> cancellation(
			@Valid @RequestBody(required = false) @Nullable CancellationRequest request) {
		return this.service.cancellation(request);
	}

	@PostMapping("/blocking-event-loop")
	@Operation(summary = "A sleep on the event loop delays every timer; a scheduled wait delays none")
	Report<BlockingEventLoopRequest, BlockingEventLoopResult> blockingEventLoop(
			@Valid @RequestBody(required = false) @Nullable BlockingEventLoopRequest request) {
		return this.service.blockingEventLoop(request);
	}

}
