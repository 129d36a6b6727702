package org.concurrency.lab;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.RecordComponent;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.jayway.jsonpath.JsonPath;
import io.swagger.v3.oas.annotations.Hidden;
import org.concurrency.lab.experiment.LabRequest;
import org.jspecify.annotations.Nullable;
import org.concurrency.lab.experiment.Topic;
import org.concurrency.lab.experiment.Variant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole lab on a real port: experiments over HTTP, then what Prometheus, the summary,
 * the OpenAPI document and the index say about them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lab.limits.concurrent-experiments=1", "lab.warm-up=false" })
class LabApplicationTests {

	private static HttpClient http;

	@LocalServerPort
	private int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private List<Topic> topics;

	@BeforeAll
	static void client() {
		http = HttpClient.newHttpClient();
	}

	@AfterAll
	static void closeClient() {
		http.close();
	}

	@Test
	void experimentShouldShowInPrometheusAndTheSummary() throws Exception {
		HttpResponse<String> run = post("/io-bound/virtual-threads", "{\"iterations\": 20, \"delay\": 0.05}");
		assertThat(run.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<Integer>read(run.body(), "$.threads.virtual_started")).isEqualTo(20);
		String scrape = get("/actuator/prometheus").body();
		assertThat(scrape).contains(
				"lab_experiment_duration_seconds_count{application=\"concurrency-lab\",experiment=\"io-bound\",method=\"virtual-threads\",outcome=\"completed\"}",
				"lab_experiment_duration_seconds_bucket{", "lab_threads_started_total{", "kind=\"virtual\"",
				"lab_processes_started_total", "lab_experiments_active", "jvm_threads_live_threads",
				"process_cpu_usage");
		HttpResponse<String> seed = get("/prometheus/metrics");
		assertThat(seed.statusCode()).isEqualTo(200);
		assertThat(seed.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		assertThat(seed.body()).contains("lab_experiment_duration_seconds_count");
		String summary = get("/metrics/summary").body();
		assertThat(JsonPath.<Integer>read(summary, "$.operations['io-bound_virtual-threads'].count")).isPositive();
		assertThat(get("/metrics/operation/io-bound_virtual-threads").statusCode()).isEqualTo(200);
	}

	@Test
	void ioOverHttpShouldCallTheLabOverLoopback() throws Exception {
		HttpResponse<String> run = post("/io-bound/virtual-threads",
				"{\"iterations\": 20, \"delay\": 0.1, \"io\": \"http\"}");
		assertThat(run.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<String>read(run.body(), "$.status")).isEqualTo("completed");
		assertThat(JsonPath.<String>read(run.body(), "$.results[0]")).isEqualTo("task 0: GET /io/delay answered 200");
		HttpResponse<String> async = post("/io-bound/async", "{\"iterations\": 20, \"delay\": 0.1, \"io\": \"http\"}");
		assertThat(JsonPath.<Integer>read(async.body(), "$.completed_tasks")).isEqualTo(20);
	}

	@Test
	void busyLabShouldAnswer429WithRetryAfter() throws Exception {
		CompletableFuture<HttpResponse<String>> first = http.sendAsync(
				request("/io-bound/sequential").POST(body("{\"iterations\": 2, \"delay\": 1.0}")).build(),
				HttpResponse.BodyHandlers.ofString());
		// probe only once the first holds the one permit: a probe sent earlier could take
		// it
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (activeExperiments() < 1 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(activeExperiments()).isEqualTo(1);
		HttpResponse<String> second = post("/cpu-bound/sequential", "{\"iterations\": 1, \"work\": 1000}");
		assertThat(second.statusCode()).isEqualTo(429);
		assertThat(second.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Integer.parseInt(seconds)).isPositive());
		assertThat(second.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(first.get().statusCode()).isEqualTo(200);
		assertThat(get("/metrics/summary").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/prometheus").body()).contains("lab_experiments_rejected_total");
	}

	/**
	 * Every endpoint the lab maps, read from its own mappings, has an OpenAPI summary and
	 * a README row; every variant of every topic is mapped, and each field of its body
	 * has a description and an example, and its default if it has one.
	 */
	@Test
	void openApiAndReadmeShouldDescribeEveryEndpoint() throws Exception {
		String docs = get("/v3/api-docs").body();
		String readme = Files.readString(Path.of("README.md"));
		List<String> described = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			if (!method.getBeanType().getPackageName().startsWith("org.concurrency.lab")
					|| method.hasMethodAnnotation(Hidden.class)) {
				return;
			}
			Set<RequestMethod> verbs = info.getMethodsCondition().getMethods();
			for (String path : info.getPatternValues()) {
				for (RequestMethod verb : verbs.isEmpty() ? Set.of(RequestMethod.GET) : verbs) {
					String endpoint = verb + " " + path;
					String operation = "$.paths['" + path + "']." + verb.name().toLowerCase(Locale.ROOT);
					assertThat(JsonPath.<String>read(docs, operation + ".summary")).as(endpoint).isNotBlank();
					assertThat(readme).as("a README row for " + endpoint).contains("`" + endpoint);
					described.add(endpoint);
				}
			}
		});
		for (Topic topic : this.topics) {
			for (Variant<?, ?> variant : topic.variants()) {
				String endpoint = "POST " + Topic.path(variant);
				assertThat(described).contains(endpoint);
				assertDescribed(docs, "$.paths['" + Topic.path(variant) + "'].post", endpoint, variant.bodyType());
			}
		}
		assertThat(this.topics).hasSize(16);
		assertThat(described).as("the lab's own endpoints").hasSizeGreaterThan(60).contains("POST /io-bound/compare");
		assertThat(JsonPath.<Integer>read(docs, "$.components.schemas.IoBoundRequest.properties.iterations.default"))
			.isEqualTo(5);
		// named as the JSON is, so that Swagger UI's "Try it out" sends fields the lab
		// accepts
		assertThat(JsonPath.<Map<String, Object>>read(docs,
				"$.components.schemas.ReportCpuBoundRequestCpuBoundResult.properties"))
			.containsKeys("duration_ms", "cpu_time_ms", "heap_delta_mb", "timeline_truncated")
			.doesNotContainKey("durationMs");
		// nested records of the same simple name do not overwrite each other
		assertThat(JsonPath.<Map<String, Object>>read(docs, "$.components.schemas.EventResultVariant.properties"))
			.containsKey("mean_latency_ms");
		assertThat(JsonPath.<Map<String, Object>>read(docs, "$.components.schemas.BarrierResultVariant.properties"))
			.containsKey("overlaps");
		assertThat(get("/swagger-ui.html").statusCode()).isLessThan(400);
	}

	/**
	 * Each field of the body has a description and an example, and its default if it has
	 * one.
	 */
	private static void assertDescribed(String docs, String operation, String endpoint, Class<?> body) {
		String schema = JsonPath.<String>read(docs,
				operation + ".requestBody.content['application/json'].schema['$ref']");
		Map<String, Map<String, Object>> fields = JsonPath.read(docs,
				"$.components.schemas." + schema.substring(schema.lastIndexOf('/') + 1) + ".properties");
		Object defaults = LabRequest.defaults(body.asSubclass(LabRequest.class));
		assertThat(fields).as(endpoint).hasSameSizeAs(body.getRecordComponents());
		for (RecordComponent component : body.getRecordComponents()) {
			String field = component.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
			assertThat(fields).as(endpoint).containsKey(field);
			assertThat(fields.get(field)).as(endpoint + " " + field).containsKeys("description", "example");
			ReflectionUtils.makeAccessible(component.getAccessor());
			if (ReflectionUtils.invokeMethod(component.getAccessor(), defaults) != null) {
				assertThat(fields.get(field)).as(endpoint + " " + field).containsKey("default");
			}
			else {
				// a field with no default must say that absent means something
				assertThat(component.getAnnotatedType().isAnnotationPresent(Nullable.class))
					.as(endpoint + " " + field + " has neither a default nor @Nullable")
					.isTrue();
			}
		}
	}

	@Test
	void indexShouldListTheTopicsAndTheirEndpoints() throws Exception {
		String index = get("/").body();
		assertThat(JsonPath.<java.util.List<String>>read(index, "$.topics['cpu-bound'][*].path"))
			.contains("/cpu-bound/gil-simulated", "/cpu-bound/compare");
		assertThat(JsonPath.<java.util.List<String>>read(index, "$.topics['io-bound'][*].method")).containsOnly("POST");
	}

	@Test
	void healthShouldBeUpAndActuatorShouldExposeNothingElse() throws Exception {
		assertThat(JsonPath.<String>read(get("/health").body(), "$.status")).isEqualTo("UP");
		assertThat(JsonPath.<String>read(get("/actuator/health").body(), "$.status")).isEqualTo("UP");
		assertThat(get("/actuator/info").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/env").statusCode()).isEqualTo(404);
		assertThat(get("/actuator/threaddump").statusCode()).isEqualTo(404);
	}

	@Test
	void systemMetricsShouldDescribeHostAndJvm() throws Exception {
		String system = get("/metrics/system").body();
		assertThat(JsonPath.<Integer>read(system, "$.host.logical_cores")).isPositive();
		assertThat(JsonPath.<Double>read(system, "$.jvm.heap_used_mb")).isPositive();
		assertThat(JsonPath.<Integer>read(system, "$.jvm.platform_threads")).isPositive();
		assertThat(JsonPath.<Double>read(system, "$.process.rss_mb")).isPositive();
	}

	@Test
	void multiprocessingShouldLeaveNoChildProcess() throws Exception {
		HttpResponse<String> run = post("/cpu-bound/multiprocessing",
				"{\"iterations\": 4, \"work\": 100000, \"workers\": 2}");
		assertThat(run.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<Integer>read(run.body(), "$.processes.spawned")).isEqualTo(2);
		assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive)).isEmpty();
	}

	private double activeExperiments() throws Exception {
		return JsonPath.<Double>read(get("/actuator/metrics/lab.experiments.active").body(), "$.measurements[0].value");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String json) throws Exception {
		return http.send(request(path).POST(body(json)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json");
	}

	private static HttpRequest.BodyPublisher body(String json) {
		return HttpRequest.BodyPublishers.ofString(json);
	}

}
