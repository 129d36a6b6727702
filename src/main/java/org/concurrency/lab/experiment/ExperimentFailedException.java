package org.concurrency.lab.experiment;

/** An experiment threw: a fault of the lab, not of the request. */
public class ExperimentFailedException extends RuntimeException {

	private final Report<?, ?> report;

	ExperimentFailedException(Report<?, ?> report, Throwable cause) {
		super(report.operation() + " failed", cause);
		this.report = report;
	}

	public Report<?, ?> report() {
		return this.report;
	}

}
