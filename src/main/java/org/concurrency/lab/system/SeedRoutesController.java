package org.concurrency.lab.system;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The seed server's paths for what Actuator serves here: its examples keep working, and
 * there is one implementation behind each.
 */
@Controller
@Tag(name = "observability")
class SeedRoutesController {

	@GetMapping("/health")
	@Operation(summary = "Health, as /actuator/health answers it")
	String health() {
		return "forward:/actuator/health";
	}

	@GetMapping("/prometheus/metrics")
	@Operation(summary = "Prometheus text format, as /actuator/prometheus answers it")
	String prometheus() {
		return "forward:/actuator/prometheus";
	}

}
