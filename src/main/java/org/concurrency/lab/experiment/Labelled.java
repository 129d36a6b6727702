package org.concurrency.lab.experiment;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An enum a request field takes: the JSON, the OpenAPI document and a child JVM's
 * arguments all name each constant by its label, the constant's name in lower case with
 * dashes ({@code ACQUIRE_RELEASE}: {@code acquire-release}), written nowhere else. A
 * child JVM, where Jackson is absent, reads it with {@link #of}.
 */
public interface Labelled {

	/** The constant's name, as {@link Enum#name()} gives it. */
	String name();

	/** As the JSON and the child JVM name it. */
	@JsonValue
	default String label() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The constant of {@code type} whose label is {@code label}. */
	static <E extends Enum<E> & Labelled> E of(Class<E> type, String label) {
		for (E constant : type.getEnumConstants()) {
			if (constant.label().equals(label)) {
				return constant;
			}
		}
		throw new IllegalArgumentException("no " + type.getSimpleName() + " " + label);
	}

}
