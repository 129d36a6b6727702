package org.concurrency.lab.experiment;

import java.lang.reflect.Type;
import java.util.List;

import org.springframework.core.ResolvableType;
import org.springframework.util.ReflectionUtils;

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

	/**
	 * The topic, as the URL and the report's {@code experiment} name it: the
	 * {@link TopicName} of the variant's enum or sealed interface.
	 */
	default String topic() {
		return TopicName.OF.get(getClass());
	}

	/** The variant, as the URL and the report's {@code method} name it. */
	default String label() {
		return endpoint().label();
	}

	/** What it shows, in a line: the summary of its endpoint in the OpenAPI document. */
	default String summary() {
		return endpoint().summary();
	}

	/** Its {@link Endpoint}: on its class, or on its constant for an enum. */
	private Endpoint endpoint() {
		Endpoint endpoint = (this instanceof Enum<?> constant)
				? ReflectionUtils.findField(constant.getDeclaringClass(), constant.name()).getAnnotation(Endpoint.class)
				: getClass().getAnnotation(Endpoint.class);
		if (endpoint == null) {
			throw new IllegalStateException(this + " has no @Endpoint");
		}
		return endpoint;
	}

	/** The request type it runs on, as the endpoint reads its body. */
	default Class<?> requestType() {
		return ResolvableType.forClass(getClass()).as(Variant.class).resolveGeneric(0);
	}

	/** What its endpoint's body is read as: by default its request. */
	default Class<?> bodyType() {
		return requestType();
	}

	/**
	 * The request a body of {@link #bodyType()} means under the lab's limits: by default
	 * the body itself. A variant whose report shows more than its body said (the pool's
	 * share of the lab's processes) completes it here.
	 */
	@SuppressWarnings("unchecked")
	default P request(LabRequest body, LabLimits limits) {
		return (P) body;
	}

	/**
	 * The classes that show what it runs, for {@code GET
	 * /experiments/{topic}/{method}/source}: by default its own; {@link VariantSource}
	 * adds the classes of its package they use.
	 */
	default List<Class<?>> sourceClasses() {
		return List.of((this instanceof Enum<?> constant) ? constant.getDeclaringClass() : getClass());
	}

	/**
	 * The classes that show what it runs, by name: its {@link #sourceClasses()}, and for
	 * a lesson compiled against a preview API, classes this JVM may not load.
	 */
	default List<String> sourceNames() {
		return sourceClasses().stream().map(Class::getName).toList();
	}

	/** The type of its report: {@code Report<P, R>}. */
	default Type reportType() {
		ResolvableType variant = ResolvableType.forClass(getClass()).as(Variant.class);
		return ResolvableType.forClassWithGenerics(Report.class, variant.resolveGeneric(0), variant.resolveGeneric(1))
			.getType();
	}

	/**
	 * Adds the limits this variant sets beyond its request's own (platform threads for a
	 * thread per task, say); the engine calls it before the run, as it does
	 * {@link LabRequest#check}.
	 */
	default void check(P request, LimitCheck check) {
	}

	/**
	 * The heap this variant's run of {@code request} will hold, if it is a great deal (a
	 * million parked virtual threads): the engine reserves it before the run starts and
	 * refuses the run with a {@code 400} if it does not fit beside what running runs
	 * hold.
	 */
	default HeapNeed heapNeed(P request) {
		return HeapNeed.NONE;
	}

	/** Runs the variant: the concurrency it teaches, and nothing of HTTP. */
	R run(P request, RunContext context) throws Exception;

	/** The report's one-line {@code note} for a completed run: what it shows and why. */
	String note(P request, R result);

}
