package org.concurrency.lab.structured;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.LimitCheck;
import org.concurrency.lab.experiment.PreviewClasses;
import org.concurrency.lab.experiment.RunContext;
import org.concurrency.lab.experiment.TopicName;
import org.concurrency.lab.experiment.Variant;

/**
 * The structured-concurrency lessons. Each runs a class of {@code src/preview/java}
 * (compiled against the preview API) through {@link PreviewClasses}; where this JVM
 * cannot run it, its check answers {@code 501} before anything starts.
 */
@TopicName("structured-concurrency")
enum StructuredVariant implements Variant<StructuredRequest, StructuredResult> {

	@Endpoint(label = "all-succeed",
			summary = "StructuredTaskScope.open(): subtasks forked on virtual threads, joined as one, and the scope's tree in the JDK's thread dump")
	ALL_SUCCEED("AllSucceed") {
		@Override
		public String note(StructuredRequest request, StructuredResult result) {
			StructuredResult.Approach scope = result.approaches().getFirst();
			return String.format(Locale.ROOT, """
					%d subtasks forked in one scope all succeeded and join() returned at %.0f ms, after the \
					slowest; the thread dump shows the scope as a thread container owned by %s, its \
					subtasks' threads inside it, and subtask-0's own scope nested within: the call's \
					structure is the threads' structure. %s.""", request.tasks(), scope.callerReturnedMs(),
					owner(result), result.jdk());
		}
	},

	@Endpoint(label = "fail-fast",
			summary = "One subtask fails: the scope cancels its siblings at once; ExecutorService and CompletableFuture.allOf let them run on")
	FAIL_FAST("FailFast") {
		@Override
		public String note(StructuredRequest request, StructuredResult result) {
			return result.approaches()
				.stream()
				.map((approach) -> String.format(Locale.ROOT, """
						%s: %s at %.0f ms, the siblings began %d more steps of 10 ms and the last ended %.0f ms \
						after the failure""", approach.approach(), approach.outcome(), approach.callerReturnedMs(),
						approach.stepsAfterFailure(), approach.lastStoppedAfterFailureMs()))
				.collect(Collectors.joining("; ", "Subtask 0 failed at " + request.failAfterMs() + " ms. ",
						". Only the scope stops what its caller no longer needs: its siblings are interrupted "
								+ "the moment one fails, and close() waits for them. (JDK 21 to 24 spelled it new "
								+ "StructuredTaskScope.ShutdownOnFailure(); JDK 25 opens the scope with a Joiner, "
								+ "awaitAllSuccessfulOrThrow() by default.)"));
		}
	},

	@Endpoint(label = "first-success",
			summary = "Replicas race under Joiner.anySuccessfulResultOrThrow(): the first result wins, the losers are cancelled")
	FIRST_SUCCESS("FirstSuccess") {
		@Override
		public String note(StructuredRequest request, StructuredResult result) {
			StructuredResult.Approach scope = result.approaches().getFirst();
			return String.format(Locale.ROOT, """
					%d replicas raced; %s answered first and join() returned its result at %.0f ms; the %d \
					slower replicas were cancelled, not left to finish work nobody will read (JDK 21 \
					to 24: StructuredTaskScope.ShutdownOnSuccess; JDK 25: \
					Joiner.anySuccessfulResultOrThrow()).""", request.tasks(), result.winner(),
					scope.callerReturnedMs(), scope.count("CANCELLED"));
		}
	},

	@Endpoint(label = "timeout",
			summary = "A scope with a timeout: what finished in time, what was cancelled, and when")
	TIMEOUT("ScopeTimeout") {
		@Override
		public String note(StructuredRequest request, StructuredResult result) {
			StructuredResult.Approach scope = result.approaches().getFirst();
			if (!Boolean.TRUE.equals(result.timedOut())) {
				return String.format(Locale.ROOT, """
						The scope's timeout of %d ms never came: %d of %d subtasks finished and join() \
						returned at %.0f ms. A timeout_ms below delay_ms (the longest subtask) lets one deadline \
						cancel the whole call.""", request.timeoutMs(), scope.count("SUCCESS"), request.tasks(),
						scope.callerReturnedMs());
			}
			return String.format(Locale.ROOT, """
					The scope's timeout of %d ms came first: %d of %d subtasks had finished; the rest were \
					cancelled and join() threw TimeoutException at %.0f ms: one deadline for the whole call, \
					not one per task.""", request.timeoutMs(), scope.count("SUCCESS"), request.tasks(),
					scope.callerReturnedMs());
		}
	},

	@Endpoint(label = "scoped-values",
			summary = "A ScopedValue bound in the parent is seen by every fork; a ThreadLocal is not seen by a pool, an InheritableThreadLocal goes stale")
	SCOPED_VALUES("ScopedValues") {
		@Override
		public String note(StructuredRequest request, StructuredResult result) {
			return result.values()
				.stream()
				.collect(Collectors.groupingBy(StructuredResult.Reading::mechanism, java.util.LinkedHashMap::new,
						Collectors.toList()))
				.entrySet()
				.stream()
				.map((entry) -> String.format(Locale.ROOT, "%s: %d of %d reads right", entry.getKey(),
						entry.getValue().stream().filter(StructuredResult.Reading::right).count(),
						entry.getValue().size()))
				.collect(Collectors.joining("; ", "",
						". A ScopedValue is bound for the extent of a call and inherited by the scope's forks; "
								+ "a ThreadLocal belongs to the thread a pool happens to run on, and an "
								+ "InheritableThreadLocal is copied once, when that thread is made."));
		}
	};

	private final String lesson;

	StructuredVariant(String lesson) {
		this.lesson = StructuredVariant.class.getPackageName() + "." + lesson;
	}

	/** Nothing starts where this JVM cannot run the lesson: a 501 says what it needs. */
	@Override
	public void check(StructuredRequest request, LimitCheck check) {
		PreviewClasses.require(this.lesson);
	}

	@Override
	public StructuredResult run(StructuredRequest request, RunContext context) throws Exception {
		return PreviewClasses.create(this.lesson, StructuredLesson.class).run(request, context);
	}

	/** The lesson's own class, compiled against the preview API, beside these. */
	@Override
	public List<String> sourceNames() {
		return List.of(StructuredVariant.class.getName(), this.lesson);
	}

	private static String owner(StructuredResult result) {
		return (result.tree() == null || result.tree().isEmpty()) ? "the run's main thread"
				: String.valueOf(result.tree().getFirst().owner());
	}

}
