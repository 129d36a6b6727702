package org.concurrency.lab.memorymodel;

import org.concurrency.lab.experiment.Labelled;

/**
 * How a litmus test's shared fields are read and written.
 */
public enum Mode implements Labelled {

	/** Plain fields: no ordering, no visibility promised between threads. */
	PLAIN,
	/** {@code volatile} fields: sequentially consistent. */
	VOLATILE,
	/**
	 * {@code VarHandle.setRelease} / {@code getAcquire}: ordered, not sequentially
	 * consistent.
	 */
	ACQUIRE_RELEASE,
	/**
	 * {@code VarHandle.setOpaque} / {@code getOpaque}: atomic and coherent, unordered.
	 */
	OPAQUE;

	static Mode of(String label) {
		return Labelled.of(Mode.class, label);
	}

}
