package org.concurrency.lab.async;

import org.concurrency.lab.experiment.RunContext;
import org.concurrency.lab.experiment.Variant;

/**
 * A variant made of a lambda, for tests that need a run's context: an event loop of their
 * own, or a variant's run without its checks.
 */
record LoopProbe<R>(Body<R> body) implements Variant<AsyncRequest, R> {

	@Override
	public String topic() {
		return "async";
	}

	@Override
	public String label() {
		return "probe";
	}

	@Override
	public String summary() {
		return "a variant for tests";
	}

	@Override
	public R run(AsyncRequest request, RunContext context) throws Exception {
		return this.body.run(context);
	}

	@Override
	public String note(AsyncRequest request, R result) {
		return "";
	}

	interface Body<R> {

		R run(RunContext context) throws Exception;

	}

}
