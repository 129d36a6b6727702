package org.concurrency.lab.system;

import org.concurrency.lab.experiment.Labelled;

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

	/** A constant as the JSON names it: its label, if it has one, else its name. */
	static String ofEnum(Enum<?> constant) {
		return (constant instanceof Labelled labelled) ? labelled.label()
				: constant.name().toLowerCase(java.util.Locale.ROOT);
	}

}
