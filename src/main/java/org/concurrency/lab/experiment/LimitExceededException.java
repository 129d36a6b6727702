package org.concurrency.lab.experiment;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

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

	/** Throws if the check found a violation. */
	public static void throwIf(@Nullable Violation check) {
		throwIfAny(java.util.Collections.singletonList(check));
	}

	/** Throws naming every violation found (the nulls are checks that passed). */
	public static void throwIfAny(List<@Nullable Violation> checks) {
		List<Violation> found = checks.stream().filter(Objects::nonNull).map(Objects::requireNonNull).toList();
		if (!found.isEmpty()) {
			throw new LimitExceededException(found);
		}
	}

}
