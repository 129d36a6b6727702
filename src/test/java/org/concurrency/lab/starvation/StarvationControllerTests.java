package org.concurrency.lab.starvation;

import org.concurrency.lab.experiment.ExperimentSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@ExperimentSliceTest(StarvationController.class)
class StarvationControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void postFairShouldReportEachWorkersShare() {
		assertThat(this.mvc.post()
			.uri("/starvation/fair")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"num_workers\": 3, \"duration_ms\": 100}")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.method", (value) -> assertThat(value).isEqualTo("fair"))
			.hasPathSatisfying("$.params.hold_us", (value) -> assertThat(value).isEqualTo(30))
			.hasPathSatisfying("$.fair", (value) -> assertThat(value).isEqualTo(true))
			.hasPathSatisfying("$.workers.length()", (value) -> assertThat(value).isEqualTo(3))
			.hasPath("$.workers[0].longest_wait_ms")
			.hasPath("$.handoff_rate")
			.hasPath("$.longest_streak");
	}

	@Test
	void postUnfairShouldSayItIsUnfair() {
		assertThat(this.mvc.post()
			.uri("/starvation/unfair")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"duration_ms\": 100}")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.fair", (value) -> assertThat(value).isEqualTo(false))
			.hasPathSatisfying("$.note", (note) -> assertThat(note).asString().contains("an unfair lock"));
	}

	@Test
	void postWhenDurationOverTheDelayLimitShouldNameTheLimit() {
		assertThat(this.mvc.post()
			.uri("/starvation/unfair")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"duration_ms\": 60000}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("duration_ms"))
			.hasPathSatisfying("$.errors[0].limit", (limit) -> assertThat(limit).isEqualTo("lab.limits.delay"));
	}

	@Test
	void postWhenOneWorkerShouldBeBadRequest() {
		assertThat(this.mvc.post()
			.uri("/starvation/fair")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"num_workers\": 1, \"hold_us\": 0}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors.length()", (errors) -> assertThat(errors).isEqualTo(2));
	}

}
