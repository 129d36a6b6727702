package org.concurrency.lab.metrics;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The seed's observability endpoints: what ran, how long it took, and the machine now.
 */
@RestController
@RequestMapping("/metrics")
@Tag(name = "observability", description = "Run statistics, the system, Prometheus and health")
class MetricsController {

	private final ExperimentMetrics metrics;

	private final SystemMetrics system;

	MetricsController(ExperimentMetrics metrics, SystemMetrics system) {
		this.metrics = metrics;
		this.system = system;
	}

	@GetMapping("/summary")
	@Operation(summary = "Per operation (<experiment>_<method>): runs, success rate, durations in seconds")
	Map<String, Object> summary() {
		Map<String, OperationStats.Summary> operations = this.metrics.summary();
		long total = operations.values().stream().mapToLong(OperationStats.Summary::count).sum();
		return Map.of("total_operations", total, "operations", operations);
	}

	@GetMapping("/operation/{name}")
	@Operation(summary = "One operation's statistics; 404 for a name never run since the last reset")
	ResponseEntity<?> operation(@PathVariable String name) {
		return this.metrics.operation(name).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					"No run of '" + name + "' since the last reset; names look like io-bound_virtual-threads");
			problem.setTitle("Unknown operation");
			return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
		});
	}

	@GetMapping("/system")
	@Operation(summary = "Host CPU and memory, the lab's process, JVM heap, threads and GC, child processes")
	SystemMetrics.Snapshot system() {
		return this.system.snapshot();
	}

	@PostMapping("/reset")
	@Operation(summary = "Clears the run statistics (Prometheus counters keep counting, as counters must)")
	Map<String, String> reset() {
		this.metrics.reset();
		return Map.of("status", "reset");
	}

}
