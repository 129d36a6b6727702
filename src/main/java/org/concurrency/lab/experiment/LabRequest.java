package org.concurrency.lab.experiment;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * What a run is asked to do: a record whose canonical constructor fills in the default of
 * every field given as {@code null}, whose fields state their ranges with Bean
 * Validation, and which checks itself against the lab's limits. An absent body, an empty
 * body and a JSON {@code null} all mean {@link #defaults(Class)}.
 */
public interface LabRequest {

	/**
	 * Adds a violation for every field over the lab's limits; the engine calls it before
	 * the run starts. By default a request has no limit beyond its own ranges.
	 */
	default void check(LimitCheck check) {
	}

	/** The request with every field at its default: its constructor given nulls. */
	static <T extends LabRequest> T defaults(Class<T> type) {
		RecordComponent[] components = type.getRecordComponents();
		if (components == null) {
			throw new IllegalArgumentException(type.getSimpleName() + " is not a record");
		}
		try {
			Constructor<T> canonical = type.getDeclaredConstructor(
					Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
			canonical.setAccessible(true);
			return canonical.newInstance(new Object[components.length]);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot make the defaults of " + type.getSimpleName(), ex);
		}
	}

}
