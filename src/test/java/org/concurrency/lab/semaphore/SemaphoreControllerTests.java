package org.concurrency.lab.semaphore;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.concurrency.lab.experiment.ExperimentSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@ExperimentSliceTest(SemaphoreController.class)
class SemaphoreControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void postRateLimitShouldKeepEveryWindowWithinTheLimit() {
		assertThat(this.mvc.post()
			.uri("/semaphores/rate-limit")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"permits_per_period\": 2, \"period_ms\": 20, \"operations\": 5}")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.params.num_workers", (value) -> assertThat(value).isEqualTo(4))
			.hasPathSatisfying("$.max_in_any_window", (value) -> assertThat(value).asNumber().isNotEqualTo(0))
			.hasPathSatisfying("$.starts_ms.length()", (value) -> assertThat(value).isEqualTo(5))
			.hasPathSatisfying("$.without_limiter.operations", (value) -> assertThat(value).isEqualTo(5));
	}

	@Test
	void postThreadingShouldAnswerTheMaximumWithAndWithoutTheSemaphore() {
		assertThat(this.mvc.post()
			.uri("/semaphores/threading")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"num_workers\": 5, \"permits\": 2, \"hold_ms\": 1}")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.max_concurrent", (value) -> assertThat(value).isEqualTo(2))
			.hasPathSatisfying("$.waited_for_permit", (value) -> assertThat(value).isEqualTo(3))
			.hasPathSatisfying("$.without_semaphore.max_concurrent", (value) -> assertThat(value).isEqualTo(5));
	}

	@Test
	void postBoundedWithoutBodyShouldShowTheRefusal() {
		assertThat(this.mvc.post().uri("/semaphores/bounded")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.initial_permits", (value) -> assertThat(value).isEqualTo(3))
			.hasPathSatisfying("$.plain_semaphore.available_after_double_release",
					(value) -> assertThat(value).isEqualTo(4))
			.hasPathSatisfying("$.plain_semaphore.extra_release_accepted", (value) -> assertThat(value).isEqualTo(true))
			.hasPathSatisfying("$.bounded_semaphore.extra_release_accepted",
					(value) -> assertThat(value).isEqualTo(false))
			.hasPathSatisfying("$.bounded_semaphore.refusal",
					(value) -> assertThat(value).asString().contains("too many times"));
	}

	@Test
	void postConnectionPoolShouldAnswerEveryConnection() {
		assertThat(this.mvc.post()
			.uri("/semaphores/connection-pool")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"num_workers\": 3, \"queries\": 6, \"query_ms\": 0}")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.queries_attempted", (value) -> assertThat(value).isEqualTo(18))
			.hasPathSatisfying("$.failed_queries", (value) -> assertThat(value).isEqualTo(0))
			.hasPathSatisfying("$.connections[0].uses", (value) -> assertThat(value).isNotNull())
			.hasPathSatisfying("$.without_health_check.failed_queries",
					(value) -> assertThat(value).asNumber().isNotEqualTo(0));
	}

	@Test
	void postWhenAcceptTextShouldAnswerATable() {
		assertThat(this.mvc.post().uri("/semaphores/bounded").accept(MediaType.TEXT_PLAIN)).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN)
			.bodyText()
			.contains("semaphores / bounded — completed", "plain-", "bounded-");
	}

	@Test
	void postWhenOutOfRangeShouldNameEachField() {
		assertThat(this.mvc.post()
			.uri("/semaphores/connection-pool")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"pool_size\": 0, \"break_after\": 0, \"query_ms\": -1}")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.errors[*].field",
					(fields) -> assertThat(fields).asInstanceOf(InstanceOfAssertFactories.LIST)
						.containsExactlyInAnyOrder("pool_size", "break_after", "query_ms"));
		assertThat(this.mvc.post()
			.uri("/semaphores/bounded")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"permits\": 101}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("permits"));
	}

	@Test
	void postWhenOverALimitShouldNameTheLimit() {
		assertThat(this.mvc.post()
			.uri("/semaphores/rate-limit")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"permits_per_period\": 1, \"period_ms\": 1000, \"operations\": 11}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("operations"))
			.hasPathSatisfying("$.errors[0].limit", (limit) -> assertThat(limit).isEqualTo("lab.limits.delay"));
		assertThat(this.mvc.post()
			.uri("/semaphores/threading")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"num_workers\": 600}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].limit",
					(limit) -> assertThat(limit).isEqualTo("lab.limits.platform-threads"));
	}

	@Test
	void postWhenUnknownFieldShouldNameIt() {
		assertThat(this.mvc.post()
			.uri("/semaphores/threading")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"workers\": 5}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("workers"));
	}

}
