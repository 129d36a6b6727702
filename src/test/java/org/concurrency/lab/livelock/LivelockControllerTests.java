package org.concurrency.lab.livelock;

import org.concurrency.lab.experiment.ExperimentSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@ExperimentSliceTest(LivelockController.class)
class LivelockControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void postDemonstrateShouldMakeNoProgress() {
		assertThat(this.mvc.post()
			.uri("/livelock/demonstrate")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"duration_ms\": 100}")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.progress", (value) -> assertThat(value).isEqualTo(false))
			.hasPathSatisfying("$.meals", (value) -> assertThat(value).isEqualTo(0))
			.hasPathSatisfying("$.states_mid_run.diner-0", (value) -> assertThat(value).isEqualTo("RUNNABLE"))
			.hasPath("$.diners[1].steps_aside");
	}

	@Test
	void postResolveWithoutBodyShouldFeedBothDiners() {
		assertThat(this.mvc.post().uri("/livelock/resolve")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.params.meals", (value) -> assertThat(value).isEqualTo(3))
			.hasPathSatisfying("$.progress", (value) -> assertThat(value).isEqualTo(true))
			.hasPathSatisfying("$.meals", (value) -> assertThat(value).isEqualTo(6));
	}

	@Test
	void postWhenDurationOverTheDelayLimitShouldNameTheLimit() {
		assertThat(this.mvc.post()
			.uri("/livelock/demonstrate")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"duration_ms\": 10001}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("duration_ms"))
			.hasPathSatisfying("$.errors[0].allowed", (allowed) -> assertThat(allowed).isEqualTo("between 1 and 10000"))
			.hasPathSatisfying("$.errors[0].limit", (limit) -> assertThat(limit).isEqualTo("lab.limits.delay"));
	}

	@Test
	void postWhenNoMealsShouldBeBadRequest() {
		assertThat(this.mvc.post()
			.uri("/livelock/resolve")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"meals\": 0}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("meals"));
	}

}
