package org.concurrency.lab.threading;

import org.concurrency.lab.experiment.ExperimentSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@ExperimentSliceTest(ThreadingController.class)
class ThreadingControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void postStatesWithoutBodyShouldRunTheDefaults() {
		assertThat(this.mvc.post().uri("/threading/states")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.params.hold_ms", (value) -> assertThat(value).isEqualTo(20))
			.hasPathSatisfying("$.status", (value) -> assertThat(value).isEqualTo("completed"))
			.hasPathSatisfying("$.states[*].state",
					(states) -> assertThat(states).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
						.containsExactly("NEW", "RUNNABLE", "BLOCKED", "WAITING", "TIMED_WAITING", "TERMINATED"));
	}

	@Test
	void postThreadLocalShouldAnswerLeaksPerVariant() {
		assertThat(this.mvc.post()
			.uri("/threading/thread-local")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"num_workers\": 1, \"tasks\": 3}")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.variants[0].leaks", (leaks) -> assertThat(leaks).isEqualTo(2))
			.hasPathSatisfying("$.variants[2].leaks", (leaks) -> assertThat(leaks).isEqualTo(0))
			.hasPath("$.variants[0].tasks[1].seen_at_start")
			.hasPath("$.inheritance[0].child_saw");
	}

	@Test
	void postBasicWhenAcceptTextShouldAnswerATimeline() {
		assertThat(this.mvc.post()
			.uri("/threading/basic")
			.accept(MediaType.TEXT_PLAIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"num_threads\": 2, \"delay\": 0.05}")).hasStatusOk()
			.bodyText()
			.contains("threading / basic — completed", "request-0", "request-1");
	}

	@Test
	void postWhenOutOfRangeShouldNameEachField() {
		assertThat(this.mvc.post()
			.uri("/threading/pool")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"num_workers\": 0, \"tasks\": -1, \"delay\": -0.5}")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.errors[*].field",
					(fields) -> assertThat(fields).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
						.containsExactlyInAnyOrder("num_workers", "tasks", "delay"));
	}

	@Test
	void postWhenOverALimitShouldNameTheLimit() {
		assertThat(this.mvc.post()
			.uri("/threading/basic")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"num_threads\": 5000}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("num_threads"))
			.hasPathSatisfying("$.errors[0].limit",
					(limit) -> assertThat(limit).isEqualTo("lab.limits.platform-threads"));
	}

	@Test
	void postWhenUnknownFieldShouldNameTheAcceptedOnes() {
		assertThat(this.mvc.post()
			.uri("/threading/daemon")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"worker_secs\": 1}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("worker_secs"))
			.hasPathSatisfying("$.accepted_fields",
					(names) -> assertThat(names).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
						.containsExactly("main_ms", "worker_seconds"));
	}

	@Test
	void postDaemonWhenMainOutlivesHalfTheWorkShouldBeBadRequest() {
		assertThat(this.mvc.post()
			.uri("/threading/daemon")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"worker_seconds\": 0.2, \"main_ms\": 150}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("main_ms"));
	}

}
