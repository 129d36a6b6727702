package org.concurrency.lab.experiment;

import java.util.List;

/** A request asked for more than the lab's limits allow; nothing was started. */
public class LimitExceededException extends RuntimeException {

	private final List<Violation> violations;

	public LimitExceededException(List<Violation> violations) {
		super(violations.stream().map(Violation::field).toList() + " over the lab's limits");
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return this.violations;
	}

}
