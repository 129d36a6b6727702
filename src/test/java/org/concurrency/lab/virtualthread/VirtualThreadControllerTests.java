package org.concurrency.lab.virtualthread;

import org.concurrency.lab.experiment.ExperimentSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@ExperimentSliceTest(VirtualThreadController.class)
class VirtualThreadControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void postPinningWithoutBodyShouldCompleteUnpinned() {
		assertThat(this.mvc.post().uri("/virtual-threads/pinning")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.status", (value) -> assertThat(value).isEqualTo("completed"))
			.hasPathSatisfying("$.params.pin", (value) -> assertThat(value).isEqualTo("none"))
			.hasPathSatisfying("$.params.workers", (value) -> assertThat(value).isEqualTo(2))
			.hasPathSatisfying("$.pinned_events", (value) -> assertThat(value).isEqualTo(0))
			.hasPathSatisfying("$.at_once", (value) -> assertThat(value).isEqualTo(8))
			.hasPathSatisfying("$.jdk.flags[0]",
					(value) -> assertThat(value).isEqualTo("-Djdk.virtualThreadScheduler.parallelism=2"))
			.hasPath("$.jdk.version");
	}

	@Test
	void postSchedulerWithoutBodyShouldSampleTheScheduler() {
		assertThat(this.mvc.post().uri("/virtual-threads/scheduler")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.status", (value) -> assertThat(value).isEqualTo("completed"))
			.hasPathSatisfying("$.params.mix", (value) -> assertThat(value).isEqualTo("io"))
			.hasPathSatisfying("$.samples[0].parallelism", (value) -> assertThat(value).isEqualTo(2))
			.hasPath("$.carriers_used")
			.hasPath("$.moves");
	}

	@Test
	void postWhenPinIsUnknownShouldBeBadRequest() {
		assertThat(this.mvc.post()
			.uri("/virtual-threads/pinning")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"pin\": \"monitor\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void postWhenPinnedRunWouldOutlastTheDeadlineShouldNameTheLimit() {
		assertThat(this.mvc.post()
			.uri("/virtual-threads/pinning")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"tasks\": 256, \"workers\": 1, \"wait_ms\": 1000}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("wait_ms"))
			.hasPathSatisfying("$.errors[0].limit", (limit) -> assertThat(limit).isEqualTo("lab.limits.deadline"));
	}

	@Test
	void postWhenTooManyCarriersShouldNameTheField() {
		assertThat(this.mvc.post()
			.uri("/virtual-threads/scheduler")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"workers\": 17}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("workers"));
	}

}
