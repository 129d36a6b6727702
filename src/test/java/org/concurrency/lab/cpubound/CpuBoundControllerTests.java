package org.concurrency.lab.cpubound;

import org.concurrency.lab.experiment.ExperimentSliceTest;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@ExperimentSliceTest(CpuBoundController.class)
class CpuBoundControllerTests {

	private static final String SMALL = "{\"iterations\": 2, \"work\": 100000, \"workers\": 2}";

	@Autowired
	private MockMvcTester mvc;

	@Test
	void postOnEveryMethodShouldAnswerTheSameResult() throws Exception {
		Object expected = null;
		for (String method : new String[] { "sequential", "threading", "multiprocessing", "virtual-threads",
				"fork-join", "gil-simulated" }) {
			var result = this.mvc.post()
				.uri("/cpu-bound/" + method)
				.contentType(MediaType.APPLICATION_JSON)
				.content(SMALL)
				.exchange();
			assertThat(result).hasStatusOk().bodyJson().extractingPath("$.method").isEqualTo(method);
			Object value = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.result");
			if (expected == null) {
				expected = value;
			}
			assertThat(value).isEqualTo(expected);
		}
	}

	@Test
	void postCompareShouldListEveryMethodWithItsSpeedup() {
		assertThat(this.mvc.post().uri("/cpu-bound/compare").contentType(MediaType.APPLICATION_JSON).content(SMALL))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.runs.length()", (runs) -> assertThat(runs).isEqualTo(6))
			.hasPathSatisfying("$.runs[0].speedup", (speedup) -> assertThat(speedup).isEqualTo(1.0));
	}

	@Test
	void postWhenTooManyChildJvmsShouldNameTheProcessLimit() {
		assertThat(this.mvc.post()
			.uri("/cpu-bound/multiprocessing")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"iterations\": 50, \"workers\": 50}")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("workers"))
			.hasPathSatisfying("$.errors[0].limit", (limit) -> assertThat(limit).isEqualTo("lab.limits.processes"));
	}

	@Test
	void postWhenNegativeWorkShouldBeBadRequest() {
		assertThat(this.mvc.post()
			.uri("/cpu-bound/fork-join")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"work\": -5, \"workers\": 0}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors.length()", (errors) -> assertThat(errors).isEqualTo(2));
	}

	@Test
	void postWhenWorkOverTheLimitShouldNameTheLimit() {
		assertThat(this.mvc.post()
			.uri("/cpu-bound/sequential")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"work\": 99000000000}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].limit", (limit) -> assertThat(limit).isEqualTo("lab.limits.work"));
	}

}
