package org.concurrency.lab.racecondition;

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
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

@ExperimentSliceTest(RaceConditionController.class)
class RaceConditionControllerTests {

	/** The seed README's example, verbatim. */
	private static final String SEED = "{\"num_threads\": 10, \"increments_per_thread\": 1000}";

	private static final String SMALL = "{\"num_workers\": 3, \"tasks_per_worker\": 20, \"pause_micros\": 20}";

	@Autowired
	private MockMvcTester mvc;

	@Test
	void postWithTheSeedExampleShouldAnswerTheFinalCounter() {
		assertThat(post("unsafe", SEED)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.params.num_workers", (value) -> assertThat(value).isEqualTo(10))
			.hasPathSatisfying("$.params.tasks_per_worker", (value) -> assertThat(value).isEqualTo(1000))
			.hasPathSatisfying("$.expected", (value) -> assertThat(value).isEqualTo(10000))
			.hasPathSatisfying("$.final_counter", (value) -> assertThat(value).asNumber().isNotNull())
			.hasPath("$.actual")
			.hasPath("$.lost_increments")
			.hasPath("$.throughput_per_sec");
	}

	@Test
	void postWithoutBodyShouldRunTheDefaults() {
		assertThat(this.mvc.post().uri("/race-conditions/long-adder")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.params.num_workers", (value) -> assertThat(value).isEqualTo(10))
			.hasPathSatisfying("$.params.tasks_per_worker", (value) -> assertThat(value).isEqualTo(1000))
			.hasPathSatisfying("$.params.pause_micros", (value) -> assertThat(value).isEqualTo(100))
			.hasPathSatisfying("$.actual", (value) -> assertThat(value).isEqualTo(10000))
			.hasPathSatisfying("$.lost_increments", (value) -> assertThat(value).isEqualTo(0));
	}

	@Test
	void postOnEverySafeMethodShouldCountExactly() {
		for (String method : new String[] { "lock", "rlock", "synchronized", "atomic", "long-adder" }) {
			assertThat(post(method, SMALL)).hasStatusOk()
				.bodyJson()
				.hasPathSatisfying("$.method", (value) -> assertThat(value).isEqualTo(method))
				.hasPathSatisfying("$.final_counter", (value) -> assertThat(value).isEqualTo(60))
				.hasPathSatisfying("$.lost_increments", (value) -> assertThat(value).isEqualTo(0));
		}
	}

	@Test
	void postRlockShouldShowTheHoldCountAndTheSelfDeadlock() {
		assertThat(post("rlock", SMALL)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.hold_count", (value) -> assertThat(value).isEqualTo(2))
			.hasPathSatisfying("$.non_reentrant.lock", (value) -> assertThat(value).isEqualTo("Semaphore(1)"))
			.hasPathSatisfying("$.non_reentrant.inner_acquired", (value) -> assertThat(value).isEqualTo(false))
			.hasPathSatisfying("$.non_reentrant.would_deadlock", (value) -> assertThat(value).isEqualTo(true));
	}

	@Test
	void postVisibilityShouldReportBothReaders() {
		assertThat(post("visibility", "{\"write_after_ms\": 100, \"timeout_ms\": 300}")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.volatile_flag.seen", (value) -> assertThat(value).isEqualTo(true))
			.hasPathSatisfying("$.volatile_flag.seen_after_ms", (value) -> assertThat(value).asNumber().isNotNull())
			.hasPath("$.plain_flag.seen")
			.hasPath("$.plain_flag.seen_after_ms")
			.hasPathSatisfying("$.processes.spawned", (value) -> assertThat(value).isEqualTo(1));
	}

	@Test
	void postWhenUnknownFieldShouldNameItAndTheAcceptedOnesWithTheSeedsNames() {
		assertThat(post("lock", "{\"num_thread\": 3}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("num_thread"))
			.hasPathSatisfying("$.accepted_fields",
					(names) -> assertThat(names).asInstanceOf(LIST)
						.containsExactly("increments_per_thread", "num_threads", "num_workers", "pause_micros",
								"tasks_per_worker"));
	}

	@Test
	void postWhenNoWorkersShouldBeBadRequest() {
		assertThat(post("unsafe", "{\"num_workers\": 0}")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("num_workers"))
			.hasPathSatisfying("$.errors[0].rejected_value", (value) -> assertThat(value).isEqualTo(0));
	}

	@Test
	void postWhenPauseOutOfRangeShouldBeBadRequest() {
		assertThat(post("atomic", "{\"pause_micros\": 5000}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("pause_micros"));
	}

	@Test
	void postWhenIncrementsOverTheLimitShouldNameTheLimit() {
		assertThat(post("lock", "{\"num_threads\": 100, \"increments_per_thread\": 5000}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("tasks_per_worker"))
			.hasPathSatisfying("$.errors[0].limit", (limit) -> assertThat(limit).isEqualTo("lab.limits.tasks"));
	}

	@Test
	void postWhenWorkersOverTheThreadLimitShouldNameTheLimit() {
		assertThat(post("synchronized", "{\"num_workers\": 5000, \"tasks_per_worker\": 1}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].limit",
					(limit) -> assertThat(limit).isEqualTo("lab.limits.platform-threads"));
	}

	@Test
	void postVisibilityWhenWaitOverTheDelayLimitShouldNameTheLimit() {
		assertThat(post("visibility", "{\"timeout_ms\": 60000}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("timeout_ms"))
			.hasPathSatisfying("$.errors[0].limit", (limit) -> assertThat(limit).isEqualTo("lab.limits.delay"));
	}

	@Test
	void postWhenAcceptTextShouldAnswerATableWithTheNote() {
		assertThat(this.mvc.post()
			.uri("/race-conditions/lock")
			.accept(MediaType.TEXT_PLAIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(SMALL)).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN)
			.bodyText()
			.contains("race-conditions / lock — completed", "racer-0", "racer-2", "60 of 60 increments counted");
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult post(String method, String body) {
		return this.mvc.post()
			.uri("/race-conditions/" + method)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

}
