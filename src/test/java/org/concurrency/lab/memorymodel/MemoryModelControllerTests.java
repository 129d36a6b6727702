package org.concurrency.lab.memorymodel;

import org.concurrency.lab.experiment.ExperimentSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@ExperimentSliceTest(MemoryModelController.class)
class MemoryModelControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void postStoreBufferingShouldAnswerTheHistogram() {
		assertThat(post("store-buffering", "{\"budget_ms\": 200}")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.params.mode", (value) -> assertThat(value).isEqualTo("plain"))
			.hasPathSatisfying("$.params.fork", (value) -> assertThat(value).isEqualTo(false))
			.hasPathSatisfying("$.outcomes[0].outcome", (value) -> assertThat(value).isEqualTo("0, 0"))
			.hasPathSatisfying("$.outcomes[0].expect", (value) -> assertThat(value).isEqualTo("interesting"))
			.hasPathSatisfying("$.forbidden_seen", (value) -> assertThat(value).isEqualTo(false))
			.hasPath("$.samples")
			.hasPath("$.samples_per_second")
			.hasPath("$.jdk")
			.hasPath("$.note");
	}

	@Test
	void postIncrementWhenOpaqueShouldBeBadRequestNamingTheMode() {
		assertThat(post("increment", "{\"mode\": \"opaque\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("mode"));
	}

	@Test
	void postWhenFlagNotAllowedShouldBeBadRequest() {
		assertThat(post("store-buffering", "{\"fork\": true, \"jvm_flags\": [\"-Xmx8g\"]}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("jvm_flags"));
	}

	@Test
	void postWhenBudgetOverTheDelayLimitShouldNameTheLimit() {
		assertThat(post("message-passing", "{\"budget_ms\": 60000}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].limit", (limit) -> assertThat(limit).isEqualTo("lab.limits.delay"));
	}

	private MvcTestResult post(String method, String body) {
		return this.mvc.post()
			.uri("/memory-model/" + method)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

}
