package org.concurrency.lab.async;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.concurrency.lab.experiment.ExperimentSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@ExperimentSliceTest(AsyncController.class)
class AsyncControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void postWithoutBodyShouldRunTheDefaults() {
		assertThat(this.mvc.post().uri("/async/as-completed")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.experiment", (value) -> assertThat(value).isEqualTo("async"))
			.hasPathSatisfying("$.method", (value) -> assertThat(value).isEqualTo("as-completed"))
			.hasPathSatisfying("$.params.tasks", (value) -> assertThat(value).isEqualTo(5))
			.hasPathSatisfying("$.params.delay", (value) -> assertThat(value).isEqualTo(0.5))
			.hasPathSatisfying("$.status", (value) -> assertThat(value).isEqualTo("completed"))
			.hasPathSatisfying("$.completion_order",
					(value) -> assertThat(value).asInstanceOf(InstanceOfAssertFactories.LIST)
						.containsExactly(4, 3, 2, 1, 0))
			.hasPath("$.first_result_in_submission_order_ms")
			.hasPath("$.note");
	}

	@Test
	void postWithBodyShouldAnswerTheTopicFields() {
		assertThat(this.mvc.post()
			.uri("/async/gather")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"tasks\": 3, \"delay\": 0.06}")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.results",
					(value) -> assertThat(value).asInstanceOf(InstanceOfAssertFactories.LIST)
						.containsExactly("result 0", "result 1", "result 2"))
			.hasPathSatisfying("$.sum_of_delays_ms", (value) -> assertThat(value).isEqualTo(120.0))
			.hasPath("$.total_ms")
			.hasPath("$.sequential_ms")
			.hasPath("$.tasks[0].end_ms");
		assertThat(this.mvc.post()
			.uri("/async/exceptions")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"tasks\": 3, \"delay\": 0.06, \"failing\": [0]}")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.fail_fast.cancelled",
					(value) -> assertThat(value).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly(1, 2))
			.hasPathSatisfying("$.collected.succeeded",
					(value) -> assertThat(value).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly(1, 2));
	}

	@Test
	void postThreadsAndLoopShouldAnswerWhereEachCallbackRan() {
		assertThat(this.mvc.post()
			.uri("/async/threads-and-loop")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"tasks\": 4, \"delay\": 0.05, \"workers\": 2, \"rows\": 1000}")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.status", (value) -> assertThat(value).isEqualTo("completed"))
			.hasPathSatisfying("$.loop_thread", (value) -> assertThat(value).isEqualTo("event-loop-0"))
			.hasPathSatisfying("$.from_the_worker.callbacks_on_loop", (value) -> assertThat(value).isEqualTo(0))
			.hasPathSatisfying("$.threadsafe.callback_threads",
					(value) -> assertThat(value).asInstanceOf(InstanceOfAssertFactories.LIST)
						.containsExactly("event-loop-0"))
			.hasPathSatisfying("$.threadsafe.rows_lost", (value) -> assertThat(value).isEqualTo(0))
			.hasPathSatisfying("$.coroutines.answered", (value) -> assertThat(value).isEqualTo(4))
			.hasPathSatisfying("$.from_the_loop.gave_up", (value) -> assertThat(value).isEqualTo(true))
			.hasPath("$.threadsafe.heartbeat.longest_gap_ms");
	}

	@Test
	void postProducerConsumerShouldAnswerBothSides() {
		assertThat(this.mvc.post()
			.uri("/async/producer-consumer")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"min_produce_delay\": 0, \"max_produce_delay\": 0.01, \"min_consume_delay\": 0, "
					+ "\"max_consume_delay\": 0.01}"))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.params.seed", (value) -> assertThat(value).isEqualTo(42))
			.hasPathSatisfying("$.event_loop.nothing_lost", (value) -> assertThat(value).isEqualTo(true))
			.hasPathSatisfying("$.event_loop.threads_used", (value) -> assertThat(value).isEqualTo(1))
			.hasPathSatisfying("$.virtual_threads.in_order_per_producer", (value) -> assertThat(value).isEqualTo(true))
			.hasPathSatisfying("$.virtual_threads.threads_used", (value) -> assertThat(value).isEqualTo(5))
			.hasPathSatisfying("$.event_loop.take_order",
					(value) -> assertThat(value).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(15))
			.hasPath("$.same_take_order");
	}

	@Test
	void postProducerConsumerWhenOutOfRangeShouldNameEachField() {
		assertThat(this.mvc.post()
			.uri("/async/producer-consumer")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"producers\": 0, \"capacity\": 0, \"max_consume_delay\": -1}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[*].field",
					(fields) -> assertThat(fields).asInstanceOf(InstanceOfAssertFactories.LIST)
						.containsExactlyInAnyOrder("producers", "capacity", "max_consume_delay"));
	}

	@Test
	void postThreadsAndLoopWhenOutOfRangeShouldNameEachField() {
		assertThat(this.mvc.post()
			.uri("/async/threads-and-loop")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"workers\": 0, \"rows\": 20000000, \"tick\": 0}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[*].field",
					(fields) -> assertThat(fields).asInstanceOf(InstanceOfAssertFactories.LIST)
						.containsExactlyInAnyOrder("workers", "rows", "tick"));
	}

	@Test
	void postWhenAcceptTextShouldAnswerATimeline() {
		assertThat(this.mvc.post()
			.uri("/async/run-in-executor")
			.accept(MediaType.TEXT_PLAIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"tasks\": 2, \"delay\": 0.05}")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN)
			.bodyText()
			.contains("async / run-in-executor — completed", "event-loop-0", "executor-", "█");
	}

	@Test
	void postWhenOutOfRangeShouldNameEachField() {
		assertThat(this.mvc.post()
			.uri("/async/blocking-event-loop")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"tasks\": 0, \"delay\": -1, \"interval\": 0}")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.errors[*].field",
					(fields) -> assertThat(fields).asInstanceOf(InstanceOfAssertFactories.LIST)
						.containsExactlyInAnyOrder("tasks", "delay", "interval"));
		assertThat(this.mvc.post()
			.uri("/async/exceptions")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"failing\": []}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("failing"));
	}

	@Test
	void postWhenOverALimitShouldNameTheLimit() {
		assertThat(this.mvc.post()
			.uri("/async/cancellation")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"cancel_after\": 60}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("cancel_after"))
			.hasPathSatisfying("$.errors[0].limit", (limit) -> assertThat(limit).isEqualTo("lab.limits.delay"));
		assertThat(this.mvc.post()
			.uri("/async/exceptions")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"tasks\": 3, \"failing\": [3]}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("failing"));
	}

	@Test
	void postWhenUnknownFieldShouldListTheAcceptedOnes() {
		assertThat(this.mvc.post()
			.uri("/async/timeout")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"timeot\": 1}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.accepted_fields",
					(names) -> assertThat(names).asInstanceOf(InstanceOfAssertFactories.LIST)
						.containsExactly("delay", "tasks", "timeout"));
	}

	@Test
	void postWhenWrongTypeShouldSayWhatIsExpected() {
		assertThat(this.mvc.post()
			.uri("/async/gather")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"tasks\": \"five\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("tasks"))
			.hasPathSatisfying("$.errors[0].allowed", (allowed) -> assertThat(allowed).isEqualTo("a whole number"));
	}

}
