package org.concurrency.lab.experiment;

/**
 * Engines for tests that run variants with plain {@code new}, without Spring: the events
 * a run publishes go nowhere.
 */
public final class Engines {

	private Engines() {
	}

	/** An engine with the limits as shipped. */
	public static ExperimentEngine defaults() {
		return of(LabLimits.defaults());
	}

	public static ExperimentEngine of(LabLimits limits) {
		return new ExperimentEngine(limits, (event) -> {
		});
	}

}
