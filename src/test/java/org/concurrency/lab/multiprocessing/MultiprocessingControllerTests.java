package org.concurrency.lab.multiprocessing;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.concurrency.lab.experiment.ExperimentSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@ExperimentSliceTest(MultiprocessingController.class)
class MultiprocessingControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void postBasicWithoutBodyShouldRunTheDefaults() {
		assertThat(this.mvc.post().uri("/multiprocessing/basic")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.params.num_processes", (value) -> assertThat(value).isEqualTo(3))
			.hasPathSatisfying("$.params.exit_code", (value) -> assertThat(value).isEqualTo(0))
			.hasPathSatisfying("$.status", (value) -> assertThat(value).isEqualTo("completed"))
			.hasPathSatisfying("$.children.length()", (value) -> assertThat(value).isEqualTo(3))
			.hasPathSatisfying("$.children[*].exit_code",
					(codes) -> assertThat(codes).asInstanceOf(InstanceOfAssertFactories.LIST).containsOnly(0))
			.hasPath("$.lab_pid")
			.hasPath("$.children[0].startup_ms")
			.hasPath("$.children[0].run_ms")
			.hasPathSatisfying("$.processes.spawned", (value) -> assertThat(value).isEqualTo(3));
	}

	@Test
	void postQueueShouldNameTheProcessesInTheNoteOnly() {
		assertThat(post("/multiprocessing/queue", "{\"items\": 5}")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.consumed", (value) -> assertThat(value).isEqualTo(5))
			.hasPathSatisfying("$.note", (note) -> assertThat(note).asString().contains("producer (pid "))
			.doesNotHavePath("$.producer")
			.doesNotHavePath("$.consumer");
	}

	@Test
	void postPipeWhenAcceptTextShouldAnswerATableWithTheChild() {
		assertThat(this.mvc.post()
			.uri("/multiprocessing/pipe")
			.accept(MediaType.TEXT_PLAIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"messages\": 3}")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN)
			.bodyText()
			.contains("multiprocessing / pipe — completed", "processes    1", "3 answered correctly");
	}

	@Test
	void postManagerShouldAnswerEachSideInSnakeCase() {
		assertThat(post("/multiprocessing/manager", "{\"num_processes\": 2, \"operations\": 20}")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.status", (value) -> assertThat(value).isEqualTo("completed"))
			.hasPathSatisfying("$.locked.exact", (value) -> assertThat(value).isEqualTo(true))
			.hasPathSatisfying("$.locked.total_actual", (value) -> assertThat(value).isEqualTo(40))
			.hasPathSatisfying("$.mapped_file.actual", (value) -> assertThat(value).isEqualTo(40))
			.hasPath("$.unlocked.lost_updates")
			.hasPath("$.locked.us_per_operation")
			.hasPathSatisfying("$.processes.spawned", (value) -> assertThat(value).isEqualTo(3));
	}

	@Test
	void postWhenTooManyProcessesShouldNameTheProcessLimit() {
		assertThat(post("/multiprocessing/basic", "{\"num_processes\": 9}")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("num_processes"))
			.hasPathSatisfying("$.errors[0].limit", (limit) -> assertThat(limit).isEqualTo("lab.limits.processes"))
			.hasPathSatisfying("$.errors[0].allowed", (allowed) -> assertThat(allowed).isEqualTo("between 1 and 8"));
		assertThat(post("/multiprocessing/pool", "{\"num_processes\": 5}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].allowed", (allowed) -> assertThat(allowed).isEqualTo("between 1 and 4"));
		assertThat(post("/multiprocessing/shared-state", "{\"num_processes\": 5}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].limit", (limit) -> assertThat(limit).isEqualTo("lab.limits.processes"));
		assertThat(post("/multiprocessing/manager", "{\"num_processes\": 8}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].allowed", (allowed) -> assertThat(allowed).isEqualTo("between 2 and 7"));
	}

	@Test
	void postWhenTooMuchWorkShouldNameTheTaskLimit() {
		for (String[] request : new String[][] { { "/multiprocessing/queue", "{\"items\": 100001}", "items" },
				{ "/multiprocessing/pipe", "{\"messages\": 100001}", "messages" },
				{ "/multiprocessing/pool", "{\"tasks\": 100001}", "tasks" },
				{ "/multiprocessing/shared-state", "{\"increments\": 25001}", "increments" },
				{ "/multiprocessing/manager", "{\"operations\": 8334}", "operations" } }) {
			assertThat(post(request[0], request[1])).hasStatus(HttpStatus.BAD_REQUEST)
				.bodyJson()
				.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo(request[2]))
				.hasPathSatisfying("$.errors[0].limit", (limit) -> assertThat(limit).isEqualTo("lab.limits.tasks"));
		}
	}

	@Test
	void postWhenOutOfRangeShouldNameEachField() {
		assertThat(post("/multiprocessing/basic", "{\"num_processes\": 0, \"delay\": -1, \"exit_code\": 256}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[*].field",
					(fields) -> assertThat(fields).asInstanceOf(InstanceOfAssertFactories.LIST)
						.containsExactlyInAnyOrder("num_processes", "delay", "exit_code"));
		assertThat(post("/multiprocessing/shared-state", "{\"num_processes\": 1, \"increments\": 10}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[*].field",
					(fields) -> assertThat(fields).asInstanceOf(InstanceOfAssertFactories.LIST)
						.containsExactlyInAnyOrder("num_processes", "increments"));
		assertThat(post("/multiprocessing/manager", "{\"num_processes\": 1, \"operations\": 0}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[*].field",
					(fields) -> assertThat(fields).asInstanceOf(InstanceOfAssertFactories.LIST)
						.containsExactlyInAnyOrder("num_processes", "operations"));
		assertThat(post("/multiprocessing/queue", "{\"items\": 0}")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(post("/multiprocessing/pipe", "{\"messages\": -3}")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(post("/multiprocessing/pool", "{\"tasks\": 0, \"num_processes\": 0}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors.length()", (errors) -> assertThat(errors).isEqualTo(2));
	}

	@Test
	void postWhenUnknownFieldShouldNameItAndTheAcceptedOnes() {
		assertThat(post("/multiprocessing/pool", "{\"processes\": 2}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("processes"))
			.hasPathSatisfying("$.accepted_fields",
					(names) -> assertThat(names).asInstanceOf(InstanceOfAssertFactories.LIST)
						.containsExactly("num_processes", "tasks"));
	}

	private org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder post(String uri,
			String body) {
		return this.mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
