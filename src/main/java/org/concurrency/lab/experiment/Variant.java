package org.concurrency.lab.experiment;

/**
 * One variant of a topic: the code that does the work, given its request and the context
 * it must start its threads and processes from, and the lesson it teaches. A topic's
 * variants are one enum or sealed interface; {@link #topic()} and {@link #label()} are
 * what the report's {@code experiment} and {@code method} say.
 *
 * @param <P> the request, with its defaults filled in
 * @param <R> the topic-specific result, reported beside the common fields
 */
public interface Variant<P extends LabRequest, R> {

	/** The topic, as the URL and the report's {@code experiment} name it. */
	String topic();

	/** The variant, as the URL and the report's {@code method} name it. */
	String label();

	/**
	 * Adds the limits this variant sets beyond its request's own (platform threads for a
	 * thread per task, say); the engine calls it before the run, as it does
	 * {@link LabRequest#check}.
	 */
	default void check(P request, LimitCheck check) {
	}

	/** Runs the variant: the concurrency it teaches, and nothing of HTTP. */
	R run(P request, RunContext context) throws Exception;

	/** The report's one-line {@code note} for a completed run: what it shows and why. */
	String note(P request, R result);

}
