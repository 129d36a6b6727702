package org.concurrency.lab.sync;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.concurrency.lab.experiment.ExperimentSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@ExperimentSliceTest(SyncController.class)
class SyncControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void postReadWriteLockShouldAnswerBothVariants() {
		assertThat(this.mvc.post()
			.uri("/sync/read-write-lock")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"num_readers\": 2, \"read_ms\": 20, \"write_ms\": 1}")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.params.num_writers", (value) -> assertThat(value).isEqualTo(1))
			.hasPathSatisfying("$.variants[*].variant",
					(variants) -> assertThat(variants).asInstanceOf(InstanceOfAssertFactories.LIST)
						.containsExactly("read-write-lock", "plain-lock"))
			.hasPathSatisfying("$.variants[1].max_concurrent_readers", (max) -> assertThat(max).isEqualTo(1));
	}

	@Test
	void postConditionWhenAcceptTextShouldAnswerATimeline() {
		assertThat(this.mvc.post()
			.uri("/sync/condition")
			.accept(MediaType.TEXT_PLAIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"items\": 20, \"work_ms\": 0}")).hasStatusOk()
			.bodyText()
			.contains("sync / condition — completed", "condition-producer-", "busy-polling-consumer-");
	}

	@Test
	void postBarrierWhenOnePartyShouldBeBadRequest() {
		assertThat(this.mvc.post()
			.uri("/sync/barrier")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"parties\": 1, \"work_ms\": 5}")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.errors[*].field",
					(fields) -> assertThat(fields).asInstanceOf(InstanceOfAssertFactories.LIST)
						.containsExactlyInAnyOrder("parties", "work_ms"));
	}

	@Test
	void postEventWhenPollTooLongShouldBeBadRequest() {
		assertThat(this.mvc.post()
			.uri("/sync/event")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"poll_ms\": 5000}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("poll_ms"));
	}

	@Test
	void postWhenOverALimitShouldNameTheLimit() {
		assertThat(this.mvc.post()
			.uri("/sync/read-write-lock")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"num_readers\": 900}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("num_readers"))
			.hasPathSatisfying("$.errors[0].limit",
					(limit) -> assertThat(limit).isEqualTo("lab.limits.platform-threads"));
	}

	@Test
	void postWhenUnknownFieldShouldNameTheAcceptedOnes() {
		assertThat(this.mvc.post()
			.uri("/sync/condition")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"producers\": 2}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.accepted_fields",
					(names) -> assertThat(names).asInstanceOf(InstanceOfAssertFactories.LIST)
						.containsExactly("capacity", "items", "num_consumers", "num_producers", "work_ms"));
	}

}
