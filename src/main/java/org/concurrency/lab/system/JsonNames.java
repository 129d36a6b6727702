package org.concurrency.lab.system;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The names JSON uses for Java names: snake_case fields, enum constants by their label.
 */
final class JsonNames {

	private JsonNames() {
	}

	/** {@code numWorkers} as {@code num_workers}. */
	static String of(String javaName) {
		return javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
	}

	/** {@code race-conditions-long-adder} as {@code raceConditionsLongAdder}. */
	static String camel(String kebab) {
		StringBuilder camel = new StringBuilder();
		for (String word : kebab.split("-")) {
			camel.append(camel.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
		}
		return camel.toString();
	}

	static String ofEnum(Enum<?> constant) {
		try {
			JsonProperty property = constant.getDeclaringClass()
				.getField(constant.name())
				.getAnnotation(JsonProperty.class);
			return (property != null) ? property.value() : constant.name().toLowerCase(java.util.Locale.ROOT);
		}
		catch (NoSuchFieldException ex) {
			return constant.name().toLowerCase(java.util.Locale.ROOT);
		}
	}

}
