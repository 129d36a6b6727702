package org.concurrency.lab.pattern;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.concurrency.lab.experiment.ExperimentSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@ExperimentSliceTest(PatternController.class)
class PatternControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void postWithoutBodyShouldRunTheDefaults() {
		assertThat(this.mvc.post().uri("/patterns/fan-out-fan-in")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.experiment", (value) -> assertThat(value).isEqualTo("patterns"))
			.hasPathSatisfying("$.method", (value) -> assertThat(value).isEqualTo("fan-out-fan-in"))
			.hasPathSatisfying("$.params.tasks", (value) -> assertThat(value).isEqualTo(100))
			.hasPathSatisfying("$.params.workers", (value) -> assertThat(value).isEqualTo(4))
			.hasPathSatisfying("$.params.delay_ms", (value) -> assertThat(value).isEqualTo(2))
			.hasPathSatisfying("$.expected", (value) -> assertThat(value).isEqualTo(10100))
			.hasPathSatisfying("$.fan_in.total", (value) -> assertThat(value).isEqualTo(10100))
			.hasPath("$.shared_total.lost")
			.hasPath("$.note");
	}

	@Test
	void postWithBodyShouldAnswerTheTopicFields() {
		assertThat(this.mvc.post()
			.uri("/patterns/pipeline")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"items\": 10, \"workers\": 1, \"delay_ms\": 0}")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.expected", (value) -> assertThat(value).isEqualTo(385))
			.hasPathSatisfying("$.pipeline.result", (value) -> assertThat(value).isEqualTo(385))
			.hasPathSatisfying("$.pipeline.items_per_stage.aggregate", (value) -> assertThat(value).isEqualTo(10))
			.doesNotHavePath("$.head_only");
	}

	@Test
	void postWhenAcceptTextShouldAnswerATimeline() {
		assertThat(this.mvc.post()
			.uri("/patterns/worker-pool")
			.accept(MediaType.TEXT_PLAIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"tasks\": 8, \"workers\": 2, \"delay_ms\": 1}")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN)
			.bodyText()
			.contains("patterns / worker-pool — completed", "seed-worker-", "pill-worker-", "fixed-pool-");
	}

	@Test
	void postWhenOutOfRangeShouldNameEachField() {
		assertThat(this.mvc.post()
			.uri("/patterns/fan-out-fan-in")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"tasks\": 1, \"workers\": 1, \"delay_ms\": -1}")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.errors[*].field",
					(fields) -> assertThat(fields).asInstanceOf(InstanceOfAssertFactories.LIST)
						.containsExactlyInAnyOrder("tasks", "workers", "delay_ms"));
		assertThat(this.mvc.post()
			.uri("/patterns/cache")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"readers\": 1, \"ttl_ms\": 0}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[*].field",
					(fields) -> assertThat(fields).asInstanceOf(InstanceOfAssertFactories.LIST)
						.containsExactlyInAnyOrder("readers", "ttl_ms"));
	}

	@Test
	void postWhenOverALimitShouldNameTheLimit() {
		assertThat(this.mvc.post()
			.uri("/patterns/pipeline")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"cancel_after_ms\": 60000}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("cancel_after_ms"))
			.hasPathSatisfying("$.errors[0].limit", (limit) -> assertThat(limit).isEqualTo("lab.limits.delay"));
		assertThat(this.mvc.post()
			.uri("/patterns/worker-pool")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"workers\": 900}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].limit",
					(limit) -> assertThat(limit).isEqualTo("lab.limits.platform-threads"));
	}

	@Test
	void postWhenUnknownFieldShouldListTheAcceptedOnes() {
		assertThat(this.mvc.post()
			.uri("/patterns/actor")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"actor\": 3}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.accepted_fields",
					(names) -> assertThat(names).asInstanceOf(InstanceOfAssertFactories.LIST)
						.containsExactly("actors", "delay_ms", "messages"));
	}

}
