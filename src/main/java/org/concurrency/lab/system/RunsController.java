package org.concurrency.lab.system;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunHistory;
import org.concurrency.lab.experiment.Trace;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lab's last runs: listed, each one's report given back, and its trace in Chrome
 * Trace Event Format for Perfetto UI or chrome://tracing.
 */
@RestController
@Tag(name = "runs", description = "The lab's last runs, their reports and traces")
class RunsController {

	private final RunHistory history;

	RunsController(ExperimentEngine engine) {
		this.history = engine.history();
	}

	@GetMapping("/runs")
	@Operation(summary = "The last runs, newest first (at most lab.limits.history)")
	Runs runs() {
		return new Runs(this.history.list(), this.history.capacity());
	}

	@GetMapping("/runs/{id}")
	@Operation(summary = "One run's report, as its POST answered it; 404 for an id the lab does not keep")
	Report<?, ?> run(@PathVariable String id) {
		return find(id);
	}

	@GetMapping("/runs/{id}/trace")
	@Operation(summary = "One run as Chrome Trace Event JSON: drag it into ui.perfetto.dev")
	Map<String, Object> trace(@PathVariable String id) {
		return Trace.of(find(id));
	}

	private Report<?, ?> find(String id) {
		return this.history.find(id)
			.orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
					ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No run " + id
							+ " is kept: the lab keeps its last " + this.history.capacity() + " runs since it started"),
					null));
	}

	/**
	 * The runs kept.
	 *
	 * @param runs newest first
	 * @param kept how many the lab keeps at most
	 */
	record Runs(List<RunHistory.Summary> runs, int kept) {
	}

}
