package org.concurrency.lab.iobound;

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

@ExperimentSliceTest(IoBoundController.class)
class IoBoundControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void postWithoutBodyShouldRunTheDefaults() {
		assertThat(this.mvc.post().uri("/io-bound/virtual-threads")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.params.iterations", (value) -> assertThat(value).isEqualTo(5))
			.hasPathSatisfying("$.params.delay", (value) -> assertThat(value).isEqualTo(1.0))
			.hasPathSatisfying("$.params.io", (value) -> assertThat(value).isEqualTo("sleep"))
			.hasPathSatisfying("$.status", (value) -> assertThat(value).isEqualTo("completed"))
			.hasPathSatisfying("$.threads.virtual_started", (value) -> assertThat(value).isEqualTo(5))
			.hasPathSatisfying("$.results.length()", (value) -> assertThat(value).isEqualTo(5))
			.hasPathSatisfying("$.duration", (value) -> assertThat(value).asNumber().isNotNull());
	}

	@Test
	void postWhenIoIsANumberShouldBeBadRequest() {
		assertThat(this.mvc.post()
			.uri("/io-bound/sequential")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"io\": 0}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("io"));
	}

	@Test
	void postWithSeedBodyShouldAnswerTheSeedFields() {
		assertThat(this.mvc.post()
			.uri("/io-bound/async")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"iterations\": 3, \"delay\": 0.05}")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.results.length()", (value) -> assertThat(value).isEqualTo(3))
			.hasPath("$.duration")
			.hasPath("$.duration_ms")
			.hasPath("$.cpu_time_ms")
			.hasPath("$.heap_delta_mb")
			.hasPath("$.timeline[0].start_ms")
			.hasPath("$.note");
	}

	@Test
	void postWhenAcceptTextShouldAnswerATableWithATimeline() {
		assertThat(this.mvc.post()
			.uri("/io-bound/threading")
			.accept(MediaType.TEXT_PLAIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"iterations\": 2, \"delay\": 0.05}")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN)
			.bodyText()
			.contains("io-bound / threading — completed", "thread-0", "thread-1", "█");
	}

	@Test
	void postWhenOutOfRangeShouldNameEachFieldAndValue() {
		assertThat(this.mvc.post()
			.uri("/io-bound/threading")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"iterations\": 0, \"delay\": -1}")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.errors[*].field",
					(fields) -> assertThat(fields).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
						.containsExactlyInAnyOrder("iterations", "delay"))
			.hasPathSatisfying("$.errors[*].rejected_value",
					(values) -> assertThat(values).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
						.containsExactlyInAnyOrder(0, -1.0));
	}

	@Test
	void postWhenOverALimitShouldNameTheLimit() {
		assertThat(this.mvc.post()
			.uri("/io-bound/threading")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"iterations\": 5000}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].limit",
					(limit) -> assertThat(limit).isEqualTo("lab.limits.platform-threads"))
			.hasPathSatisfying("$.errors[0].allowed", (allowed) -> assertThat(allowed).isEqualTo("between 1 and 1000"));
	}

	@Test
	void postWhenUnknownFieldShouldNameItAndTheAcceptedOnes() {
		assertThat(this.mvc.post()
			.uri("/io-bound/sequential")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"iteratons\": 5}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("iteratons"))
			.hasPathSatisfying("$.accepted_fields",
					(names) -> assertThat(names).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
						.containsExactly("delay", "io", "iterations"));
	}

	@Test
	void postWhenWrongTypeShouldSayWhatIsExpected() {
		assertThat(this.mvc.post()
			.uri("/io-bound/sequential")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"iterations\": \"many\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("iterations"))
			.hasPathSatisfying("$.errors[0].rejected_value", (value) -> assertThat(value).isEqualTo("many"))
			.hasPathSatisfying("$.errors[0].allowed", (allowed) -> assertThat(allowed).isEqualTo("a whole number"));
		assertThat(this.mvc.post()
			.uri("/io-bound/sequential")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"iterations\": 2.5}")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void postWhenUnknownEnumValueShouldListTheAllowedOnes() {
		assertThat(this.mvc.post()
			.uri("/io-bound/sequential")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"io\": \"ftp\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].allowed",
					(allowed) -> assertThat(allowed).isEqualTo("one of [sleep, http]"));
	}

	@Test
	void postWhenMalformedJsonShouldSaySoWithoutInternals() {
		assertThat(this.mvc.post()
			.uri("/io-bound/sequential")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"iterations\": 5")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.title", (title) -> assertThat(title).isEqualTo("Malformed JSON"))
			.hasPathSatisfying("$.detail",
					(detail) -> assertThat(detail).asString()
						.contains("line 1")
						.doesNotContain("jackson", "Exception", "REDACTED"));
	}

	@Test
	void postWhenBodyIsNotAnObjectShouldSaySoWithoutClassNames() {
		for (String body : new String[] { "[]", "\"x\"", "42" }) {
			assertThat(
					this.mvc.post().uri("/io-bound/sequential").contentType(MediaType.APPLICATION_JSON).content(body))
				.hasStatus(HttpStatus.BAD_REQUEST)
				.bodyText()
				.contains("Invalid body")
				.doesNotContain("org.concurrency", "JsonToken", "IoBoundRequest");
		}
	}

	@Test
	void postWhenNumberOutOfItsTypesRangeShouldNameTheField() {
		assertThat(this.mvc.post()
			.uri("/io-bound/sequential")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"iterations\": 99999999999}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("iterations"))
			.hasPathSatisfying("$.errors[0].rejected_value", (value) -> assertThat(value).isEqualTo("99999999999"));
	}

	@Test
	void postWhenDelayOverItsLimitShouldSpeakInSeconds() {
		assertThat(this.mvc.post()
			.uri("/io-bound/sequential")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"delay\": 1e308}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].rejected_value", (value) -> assertThat(value).isEqualTo(1e308))
			.hasPathSatisfying("$.errors[0].allowed",
					(allowed) -> assertThat(allowed).isEqualTo("between 0.0 and 10.0"));
	}

	@Test
	void postWhenNotJsonShouldBeUnsupportedMediaType() {
		assertThat(this.mvc.post().uri("/io-bound/sequential").contentType(MediaType.TEXT_PLAIN).content("5"))
			.hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void getOnAnExperimentShouldBeMethodNotAllowed() {
		assertThat(this.mvc.get().uri("/io-bound/sequential")).hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
	}

	@Test
	void delayShouldWaitAndAnswer() {
		assertThat(this.mvc.get().uri("/io/delay?ms=10")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.delayed_ms", (ms) -> assertThat(ms).isEqualTo(10));
		assertThat(this.mvc.get().uri("/io/delay?ms=999999")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].limit", (limit) -> assertThat(limit).isEqualTo("lab.limits.delay"));
		assertThat(this.mvc.get().uri("/io/delay?ms=soon")).hasStatus(HttpStatus.BAD_REQUEST);
	}

}
