package org.concurrency.lab.system;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The seed server's paths (and the design card's) for what Actuator and springdoc serve
 * here: its examples keep working, and there is one implementation behind each.
 */
@Controller
@Tag(name = "observability")
class SeedRoutesController {

	@GetMapping("/health")
	@Operation(summary = "Health, as /actuator/health answers it")
	String health() {
		return "forward:/actuator/health";
	}

	/** Swagger UI at the design card's path, and at the seed's (FastAPI's) two. */
	@GetMapping({ "/swagger-ui", "/docs", "/redoc" })
	@Operation(summary = "Swagger UI, at the design card's path and the seed's /docs and /redoc (redirects)")
	String apiDocumentation() {
		return "redirect:/swagger-ui/index.html";
	}

	@GetMapping("/prometheus/metrics")
	@Operation(summary = "Prometheus text format, as /actuator/prometheus answers it")
	String prometheus() {
		return "forward:/actuator/prometheus";
	}

}
