package org.concurrency.lab.experiment;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import org.springframework.util.ReflectionUtils;

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

	/** The request with every field at its default. */
	static <T extends LabRequest> T defaults(Class<T> type) {
		return construct(type, new Object[components(type).length]);
	}

	/**
	 * The request with each field it leaves {@code null} at its {@link Default}; a field
	 * with no default stays {@code null}, or what its record's constructor makes of it.
	 */
	@SuppressWarnings("unchecked")
	static <T extends LabRequest> T withDefaults(T request) {
		RecordComponent[] components = components(request.getClass());
		Object[] values = new Object[components.length];
		boolean missing = false;
		for (int i = 0; i < components.length; i++) {
			ReflectionUtils.makeAccessible(components[i].getAccessor());
			values[i] = ReflectionUtils.invokeMethod(components[i].getAccessor(), request);
			missing |= values[i] == null && components[i].isAnnotationPresent(Default.class);
		}
		return missing ? (T) construct(request.getClass(), values) : request;
	}

	private static RecordComponent[] components(Class<?> type) {
		RecordComponent[] components = type.getRecordComponents();
		if (components == null) {
			throw new IllegalArgumentException(type.getSimpleName() + " is not a record");
		}
		return components;
	}

	/** The record made from {@code values}, each {@code null} at its default. */
	private static <T> T construct(Class<T> type, Object[] values) {
		RecordComponent[] components = components(type);
		for (int i = 0; i < components.length; i++) {
			Default declared = components[i].getAnnotation(Default.class);
			if (values[i] == null && declared != null) {
				values[i] = parse(declared, components[i].getType());
			}
		}
		try {
			Constructor<T> canonical = type.getDeclaredConstructor(
					Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
			ReflectionUtils.makeAccessible(canonical);
			return canonical.newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot make " + type.getSimpleName(), ex);
		}
	}

	private static Object parse(Default declared, Class<?> type) {
		if (type.isEnum()) {
			for (Object constant : type.getEnumConstants()) {
				if (declared.text()
					.equals((constant instanceof Labelled labelled) ? labelled.label() : ((Enum<?>) constant).name())) {
					return constant;
				}
			}
			throw new IllegalStateException(type.getSimpleName() + " has no constant " + declared.text());
		}
		double value = declared.value();
		if (type == Integer.class) {
			return (int) value;
		}
		if (type == Long.class) {
			return (long) value;
		}
		if (type == Double.class) {
			return value;
		}
		throw new IllegalStateException("No default of type " + type.getSimpleName());
	}

}
