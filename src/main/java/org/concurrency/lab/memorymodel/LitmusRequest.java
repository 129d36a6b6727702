package org.concurrency.lab.memorymodel;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;
import org.concurrency.lab.experiment.LimitCheck;
import org.concurrency.lab.experiment.Violation;
import org.jspecify.annotations.Nullable;

/**
 * A litmus test run for a time budget, in the lab's JVM or a child JVM. Every field is
 * optional.
 *
 * @param mode How the shared fields are accessed: plain, volatile, acquire-release
 * (VarHandle setRelease/getAcquire) or opaque (setOpaque/getOpaque), where the test has
 * it.
 * @param budgetMs Milliseconds the actors run samples for (at most lab.limits.delay).
 * @param fork Run the test in a child JVM, with jvm_flags.
 */
public record LitmusRequest(@Schema(example = "volatile") @Default(text = "plain") Mode mode,
		@Positive @Default(1000) Integer budgetMs, @Schema(example = "true") Boolean fork,
		@ArraySchema(schema = @Schema(description = "-Xint, -XX:TieredStopAtLevel=1 or -XX:-TieredCompilation."),
				arraySchema = @Schema(description = "Flags for the child JVM (only with fork): the JIT's part.",
						example = "[\"-Xint\"]")) List<String> jvmFlags)
		implements
			LabRequest {

	/** The flags a child JVM may be given. */
	public static final List<String> ALLOWED_FLAGS = List.of("-Xint", "-XX:TieredStopAtLevel=1",
			"-XX:-TieredCompilation");

	public LitmusRequest(Mode mode, Integer budgetMs, @Nullable Boolean fork, @Nullable List<String> jvmFlags) {
		this.mode = mode;
		this.budgetMs = budgetMs;
		this.fork = Boolean.TRUE.equals(fork);
		this.jvmFlags = (jvmFlags != null) ? List.copyOf(jvmFlags) : List.of();
	}

	@Override
	public void check(LimitCheck check) {
		check.atMost("budget_ms", this.budgetMs, Limit.DELAY);
		for (String flag : this.jvmFlags) {
			if (!ALLOWED_FLAGS.contains(flag)) {
				check.add(new Violation("jvm_flags", flag, "one of " + String.join(", ", ALLOWED_FLAGS), null));
			}
		}
		if (!this.jvmFlags.isEmpty() && !this.fork) {
			check.add(new Violation("jvm_flags", this.jvmFlags, "only with fork: true", null));
		}
	}

}
