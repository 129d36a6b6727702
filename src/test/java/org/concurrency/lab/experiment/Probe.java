package org.concurrency.lab.experiment;

/** A variant made of a lambda, on a request with no fields: for the engine's tests. */
record Probe<R>(String label, Body<R> body) implements Variant<Probe.Empty, R> {

	@Override
	public String topic() {
		return "test";
	}

	@Override
	public String summary() {
		return "a variant for tests";
	}

	@Override
	public R run(Empty request, RunContext context) throws Exception {
		return this.body.run(context);
	}

	@Override
	public String note(Empty request, R result) {
		return "ran " + this.label;
	}

	record Empty() implements LabRequest {
	}

	interface Body<R> {

		R run(RunContext context) throws Exception;

	}

}
