package org.concurrency.lab.deadlock;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.concurrency.lab.experiment.ExperimentSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@ExperimentSliceTest(DeadlockController.class)
class DeadlockControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void postDemonstrateWithoutBodyShouldNameTheCycleOfTwo() {
		assertThat(this.mvc.post().uri("/deadlocks/demonstrate")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.params.num_workers", (value) -> assertThat(value).isEqualTo(2))
			.hasPathSatisfying("$.status", (value) -> assertThat(value).isEqualTo("completed"))
			.hasPathSatisfying("$.cycle[0].thread", (value) -> assertThat(value).isEqualTo("worker-0"))
			.hasPathSatisfying("$.cycle[0].waits_for", (value) -> assertThat(value).isEqualTo("lock-1"))
			.hasPathSatisfying("$.cycle[0].held_by", (value) -> assertThat(value).isEqualTo("worker-1"))
			.hasPathSatisfying("$.broken_by.victim", (value) -> assertThat(value).isEqualTo("worker-0"))
			.hasPathSatisfying("$.deadlocked_after", (value) -> assertThat(value).isEqualTo(0))
			.hasPath("$.detected_after_ms");
	}

	@Test
	void postEveryVariantShouldComplete() {
		for (String path : new String[] { "prevent", "try-lock", "bank-transfer", "virtual-threads" }) {
			assertThat(this.mvc.post()
				.uri("/deadlocks/" + path)
				.contentType(MediaType.APPLICATION_JSON)
				.content(path.equals("bank-transfer") ? "{\"transfers\": 5}" : "{\"num_workers\": 3}")).hasStatusOk()
				.bodyJson()
				.hasPathSatisfying("$.status", (value) -> assertThat(value).isEqualTo("completed"));
		}
	}

	@Test
	void postBankTransferShouldShowBothVariantsConserved() {
		assertThat(this.mvc.post()
			.uri("/deadlocks/bank-transfer")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"transfers\": 5, \"pause_ms\": 2}")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.naive.conserved", (value) -> assertThat(value).isEqualTo(true))
			.hasPathSatisfying("$.ordered.conserved", (value) -> assertThat(value).isEqualTo(true))
			.hasPathSatisfying("$.ordered.deadlocked", (value) -> assertThat(value).isEqualTo(false))
			.hasPathSatisfying("$.ordered.balances.cuenta1", (value) -> assertThat(value).isEqualTo(0));
	}

	@Test
	void postVirtualThreadsWithoutBodyShouldNameTheCycleTheDetectorMissed() {
		assertThat(this.mvc.post().uri("/deadlocks/virtual-threads")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.status", (value) -> assertThat(value).isEqualTo("completed"))
			.hasPathSatisfying("$.detector_found", (value) -> assertThat(value).asList().isEmpty())
			.hasPathSatisfying("$.cycle[0].thread", (value) -> assertThat(value).isEqualTo("worker-0"))
			.hasPathSatisfying("$.cycle[0].held_by", (value) -> assertThat(value).isEqualTo("worker-1"))
			.hasPathSatisfying("$.threads_alive_after", (value) -> assertThat(value).asList().isEmpty())
			.hasPath("$.thread_dump.fields");
	}

	@Test
	void postWhenOneWorkerShouldBeBadRequest() {
		assertThat(this.mvc.post()
			.uri("/deadlocks/demonstrate")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"num_workers\": 1}")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("num_workers"))
			.hasPathSatisfying("$.errors[0].rejected_value", (value) -> assertThat(value).isEqualTo(1));
	}

	@Test
	void postWhenBackoffRangeIsInvertedShouldNameTheField() {
		assertThat(this.mvc.post()
			.uri("/deadlocks/try-lock")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"backoff_min_ms\": 20, \"backoff_max_ms\": 5}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("backoff_max_ms"))
			.hasPathSatisfying("$.errors[0].allowed",
					(allowed) -> assertThat(allowed).isEqualTo("at least backoff_min_ms (20)"));
	}

	@Test
	void postWhenTooManyTransfersShouldNameTheLimit() {
		assertThat(this.mvc.post()
			.uri("/deadlocks/bank-transfer")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"transfers\": 60000}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("transfers"))
			.hasPathSatisfying("$.errors[0].limit", (limit) -> assertThat(limit).isEqualTo("lab.limits.tasks"));
	}

	@Test
	void postWhenUnknownFieldShouldNameTheAcceptedOnes() {
		assertThat(this.mvc.post()
			.uri("/deadlocks/prevent")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"num_threads\": 3}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.accepted_fields",
					(names) -> assertThat(names).asInstanceOf(InstanceOfAssertFactories.LIST)
						.containsExactly("num_workers"));
	}

	@Test
	void postWhenAcceptTextShouldAnswerATable() {
		assertThat(this.mvc.post().uri("/deadlocks/demonstrate").accept(MediaType.TEXT_PLAIN)).hasStatusOk()
			.bodyText()
			.contains("deadlocks / demonstrate — completed", "Deadlock: worker-0 → lock-1 (worker-1)");
	}

}
