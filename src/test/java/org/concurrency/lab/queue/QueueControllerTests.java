package org.concurrency.lab.queue;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.concurrency.lab.experiment.ExperimentSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@ExperimentSliceTest(QueueController.class)
class QueueControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void postProducerConsumerShouldFillInTheDefaultsAndLoseNothing() {
		assertThat(this.mvc.post()
			.uri("/queues/producer-consumer")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"items\": 20, \"work_ms\": 0}")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.params.num_producers", (value) -> assertThat(value).isEqualTo(2))
			.hasPathSatisfying("$.params.capacity", (value) -> assertThat(value).isEqualTo(10))
			.hasPathSatisfying("$.produced", (value) -> assertThat(value).isEqualTo(40))
			.hasPathSatisfying("$.consumed", (value) -> assertThat(value).isEqualTo(40))
			.hasPathSatisfying("$.lost", (value) -> assertThat(value).isEqualTo(0))
			.hasPathSatisfying("$.duplicated", (value) -> assertThat(value).isEqualTo(0))
			.hasPathSatisfying("$.queue_samples[0].at_ms", (value) -> assertThat(value).isNotNull())
			.hasPathSatisfying("$.with_idle_timeout.lost", (value) -> assertThat(value).asNumber().isNotEqualTo(0));
	}

	@Test
	void postPriorityShouldAnswerBothOrders() {
		assertThat(this.mvc.post()
			.uri("/queues/priority")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"items\": 6}")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.taken[0].priority", (value) -> assertThat(value).isEqualTo(1))
			.hasPathSatisfying("$.tie_inversions", (value) -> assertThat(value).isEqualTo(0))
			.hasPathSatisfying("$.without_tiebreak.length()", (value) -> assertThat(value).isEqualTo(6));
	}

	@Test
	void postLifoShouldAnswerTheReversedOrder() {
		assertThat(this.mvc.post().uri("/queues/lifo")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.lifo_order[0]", (value) -> assertThat(value).isEqualTo(9))
			.hasPathSatisfying("$.fifo_order[0]", (value) -> assertThat(value).isEqualTo(0));
	}

	@Test
	void postBoundedShouldCountAcceptedAndRefused() {
		assertThat(this.mvc.post()
			.uri("/queues/bounded")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"capacity\": 1, \"num_producers\": 2, \"consumer_delay_ms\": 5, \"offer_timeout_ms\": 100}"))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.put.blocked", (value) -> assertThat(value).isEqualTo(1))
			.hasPathSatisfying("$.offer.refused", (value) -> assertThat(value).isEqualTo(1))
			.hasPathSatisfying("$.offer_with_timeout.attempted", (value) -> assertThat(value).isEqualTo(2));
	}

	@Test
	void postWhenAcceptTextShouldAnswerATable() {
		assertThat(this.mvc.post().uri("/queues/lifo").accept(MediaType.TEXT_PLAIN)).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN)
			.bodyText()
			.contains("queues / lifo — completed", "consumer-");
	}

	@Test
	void postWhenOutOfRangeShouldNameEachField() {
		assertThat(this.mvc.post()
			.uri("/queues/producer-consumer")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"capacity\": 0, \"work_ms\": 500, \"num_consumers\": -1}")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.errors[*].field",
					(fields) -> assertThat(fields).asInstanceOf(InstanceOfAssertFactories.LIST)
						.containsExactlyInAnyOrder("capacity", "work_ms", "num_consumers"));
		assertThat(this.mvc.post()
			.uri("/queues/priority")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"items\": 3}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("items"));
	}

	@Test
	void postWhenOverALimitShouldNameTheLimit() {
		assertThat(this.mvc.post()
			.uri("/queues/producer-consumer")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"num_producers\": 10, \"items\": 20000}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("items"))
			.hasPathSatisfying("$.errors[0].limit", (limit) -> assertThat(limit).isEqualTo("lab.limits.tasks"));
		assertThat(this.mvc.post()
			.uri("/queues/bounded")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"num_producers\": 14, \"consumer_delay_ms\": 1000}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("consumer_delay_ms"))
			.hasPathSatisfying("$.errors[0].limit", (limit) -> assertThat(limit).isEqualTo("lab.limits.delay"));
	}

	@Test
	void postWhenUnknownFieldShouldNameIt() {
		assertThat(this.mvc.post().uri("/queues/lifo").contentType(MediaType.APPLICATION_JSON).content("{\"itms\": 5}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("itms"));
	}

}
