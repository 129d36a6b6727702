package org.concurrency.lab.memorymodel;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a litmus test's shared fields are read and written. Also read by the child JVM,
 * where Jackson is absent and its annotations are ignored.
 */
public enum Mode {

	/** Plain fields: no ordering, no visibility promised between threads. */
	@JsonProperty("plain")
	PLAIN("plain"),
	/** {@code volatile} fields: sequentially consistent. */
	@JsonProperty("volatile")
	VOLATILE("volatile"),
	/**
	 * {@code VarHandle.setRelease} / {@code getAcquire}: ordered, not sequentially
	 * consistent.
	 */
	@JsonProperty("acquire-release")
	ACQUIRE_RELEASE("acquire-release"),
	/**
	 * {@code VarHandle.setOpaque} / {@code getOpaque}: atomic and coherent, unordered.
	 */
	@JsonProperty("opaque")
	OPAQUE("opaque");

	private final String label;

	Mode(String label) {
		this.label = label;
	}

	/** As the JSON and the child JVM name it. */
	public String label() {
		return this.label;
	}

	static Mode of(String label) {
		for (Mode mode : values()) {
			if (mode.label.equals(label)) {
				return mode;
			}
		}
		throw new IllegalArgumentException("no mode " + label);
	}

}
