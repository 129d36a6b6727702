package org.concurrency.lab.experiment;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a run ended. */
public enum RunStatus {

	/** Every task finished. */
	COMPLETED,
	/** The deadline stopped the run; the report shows what had finished. */
	TIMED_OUT,
	/** The server stopped the run (shutdown); the report shows what had finished. */
	CANCELLED,
	/** The experiment threw; the report carries no result. */
	FAILED;

	@JsonValue
	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
