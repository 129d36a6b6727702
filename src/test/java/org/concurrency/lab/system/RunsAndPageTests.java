package org.concurrency.lab.system;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.Topic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the lab's page reads, over a real port: live runs as Server-Sent Events, the
 * history and its traces, the registry of experiments, their code and the guide, and the
 * paths of the API documentation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lab.limits.concurrent-experiments=1", "lab.warm-up=false" })
class RunsAndPageTests {

	private static HttpClient http;

	@LocalServerPort
	private int port;

	@Autowired
	private List<Topic> topics;

	@Autowired
	private ExperimentEngine engine;

	@BeforeAll
	static void client() {
		http = HttpClient.newHttpClient();
	}

	@AfterAll
	static void closeClient() {
		http.close();
	}

	@Test
	void streamShouldSendStartedThenEachTaskAndProgressThenTheReport() throws Exception {
		HttpResponse<String> response = post("/io-bound/virtual-threads", "{\"iterations\": 3, \"delay\": 0.3}",
				"text/event-stream");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
		List<Event> events = events(response.body());
		assertThat(events.getFirst().name()).isEqualTo("started");
		assertThat(events.getLast().name()).isEqualTo("report");
		assertThat(events).filteredOn((event) -> event.name().equals("task")).hasSize(3);
		assertThat(events).filteredOn((event) -> event.name().equals("progress")).isNotEmpty();
		assertThat(events).extracting(Event::name)
			.allSatisfy((name) -> assertThat(name).isIn("started", "task", "progress", "report"));
		String runId = JsonPath.read(events.getFirst().data(), "$.run_id");
		assertThat(JsonPath.<Integer>read(events.getFirst().data(), "$.deadline_ms")).isPositive();
		String report = events.getLast().data();
		assertThat(JsonPath.<String>read(report, "$.run_id")).isEqualTo(runId);
		assertThat(JsonPath.<String>read(report, "$.status")).isEqualTo("completed");
		assertThat(JsonPath.<List<Object>>read(report, "$.timeline")).hasSize(3);
		// the progress a client saw last counts every task
		Event lastProgress = events.stream().filter((event) -> event.name().equals("progress")).toList().getLast();
		assertThat(JsonPath.<Integer>read(lastProgress.data(), "$.completed_tasks")).isEqualTo(3);
		assertThat(get("/runs/" + runId).statusCode()).isEqualTo(200);
	}

	@Test
	void clientThatGoesAwayShouldStopItsEventsButNotItsRun() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri("/io-bound/virtual-threads"))
			.header("Accept", "text/event-stream")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"iterations\": 20, \"delay\": 1.0}"))
			.build();
		String runId;
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (BufferedReader events = new BufferedReader(
					new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
				String line = events.readLine();
				while (line != null && !line.startsWith("data:")) {
					line = events.readLine();
				}
				assertThat(line).isNotNull();
				runId = JsonPath.read(line.substring(5), "$.run_id");
			}
			// the stream is closed here, about a second before the run ends
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		HttpResponse<String> kept = get("/runs/" + runId);
		while (kept.statusCode() == 404 && System.nanoTime() < deadline) {
			Thread.sleep(50);
			kept = get("/runs/" + runId);
		}
		assertThat(kept.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<String>read(kept.body(), "$.status")).isEqualTo("completed");
		assertThat(JsonPath.<Integer>read(kept.body(), "$.completed_tasks")).isEqualTo(20);
		// it leaves the engine a moment after it is kept
		while (this.engine.runningCount() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(this.engine.runningCount()).isZero();
	}

	@Test
	void streamWithBadInputShouldAnswerTheSameProblemAsWithoutIt() throws Exception {
		for (String accept : List.of("text/event-stream", "application/json")) {
			HttpResponse<String> bad = post("/io-bound/virtual-threads", "{\"iterations\": -1}", accept);
			assertThat(bad.statusCode()).as(accept).isEqualTo(400);
			assertThat(bad.headers().firstValue("Content-Type")).as(accept).hasValue("application/problem+json");
			assertThat(JsonPath.<String>read(bad.body(), "$.errors[0].field")).isEqualTo("iterations");
			HttpResponse<String> over = post("/io-bound/virtual-threads", "{\"iterations\": 100000000}", accept);
			assertThat(over.statusCode()).as(accept).isEqualTo(400);
			assertThat(JsonPath.<String>read(over.body(), "$.errors[0].limit")).isEqualTo("lab.limits.waiting-tasks");
		}
	}

	@Test
	void runsShouldListTheLastRunAndGiveItAndItsTraceBack() throws Exception {
		String report = post("/deadlocks/demonstrate", "", "application/json").body();
		String runId = JsonPath.read(report, "$.run_id");
		assertThat(JsonPath.<String>read(report, "$.links.self")).isEqualTo("/runs/" + runId);
		assertThat(JsonPath.<String>read(report, "$.links.source"))
			.isEqualTo("/experiments/deadlocks/demonstrate/source");
		String runs = get("/runs").body();
		assertThat(JsonPath.<String>read(runs, "$.runs[0].run_id")).isEqualTo(runId);
		assertThat(JsonPath.<String>read(runs, "$.runs[0].experiment")).isEqualTo("deadlocks");
		assertThat(JsonPath.<Integer>read(runs, "$.kept")).isEqualTo(100);
		assertThat(JsonPath.<String>read(get("/runs/" + runId).body(), "$.note"))
			.isEqualTo(JsonPath.read(report, "$.note"));
		// the two deadlocked workers wait for each other's lock (and, sampled or not, at
		// the start gate before that)
		for (String[] pair : new String[][] { { "worker-0", "worker-1" }, { "worker-1", "worker-0" } }) {
			List<String> locks = JsonPath.read(report, "$.thread_states.workers[?(@.worker == '" + pair[0]
					+ "')].spans[?(@.state == 'WAITING' || @.state == 'BLOCKED')].lock");
			assertThat(locks).as(pair[0]).anySatisfy((lock) -> assertThat(lock).endsWith("held by " + pair[1]));
		}
		String trace = get("/runs/" + runId + "/trace").body();
		List<Object> timeline = JsonPath.read(report, "$.timeline");
		assertThat(JsonPath.<List<Object>>read(trace, "$.traceEvents[?(@.cat == 'task' && @.ph == 'X')]"))
			.hasSize(timeline.size());
		assertThat(JsonPath.<List<Object>>read(trace, "$.traceEvents[?(@.cat == 'thread-state')]")).isNotEmpty();
		assertThat(JsonPath.<List<String>>read(trace, "$.traceEvents[?(@.ph == 'M')].name")).contains("process_name",
				"thread_name");
		HttpResponse<String> unknown = get("/runs/no-such-run");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(get("/runs/no-such-run/trace").statusCode()).isEqualTo(404);
	}

	@Test
	void sourceShouldBeTheClassesOfTheVariantAsShipped() throws Exception {
		HttpResponse<String> source = get("/experiments/deadlocks/demonstrate/source");
		assertThat(source.statusCode()).isEqualTo(200);
		assertThat(source.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		String first = source.body().lines().findFirst().orElseThrow();
		assertThat(first).isEqualTo("// ===== org/concurrency/lab/deadlock/CircularWait.java =====");
		Path shipped = Path.of("src/main/java/org/concurrency/lab/deadlock/CircularWait.java");
		assertThat(source.body()).contains(Files.readString(shipped))
			.contains("// ===== org/concurrency/lab/deadlock/DeadlockRequest.java =====")
			.doesNotContain("DeadlockController.java", "BankTransfer.java");
		assertThat(get("/experiments/io-bound/compare/source").body()).contains("experiment/Comparison.java",
				"iobound/IoBoundVariant.java");
		assertThat(get("/experiments/deadlocks/nothing/source").statusCode()).isEqualTo(404);
	}

	@Test
	void experimentsShouldListEveryTopicWithItsGuideChapter() throws Exception {
		String experiments = get("/experiments").body();
		List<Map<String, Object>> listed = JsonPath.read(experiments, "$.topics");
		assertThat(listed).hasSize(this.topics.size());
		// each a chapter (an <h2>) of the guide as the lab renders it
		String rendered = send(HttpRequest.newBuilder(uri("/guide")).header("Accept", "text/html").build()).body();
		for (Map<String, Object> topic : listed) {
			String link = (String) topic.get("guide");
			assertThat(link).as("the guide chapter of " + topic.get("topic")).startsWith("/guide#");
			assertThat(rendered).as("the guide chapter of " + topic.get("topic"))
				.contains("<h2 id=\"" + link.substring("/guide#".length()) + "\"");
		}
		assertThat(JsonPath.<List<String>>read(experiments, "$.topics[?(@.topic == 'io-bound')].experiments[*].path"))
			.contains("/io-bound/virtual-threads", "/io-bound/compare");
		assertThat(JsonPath.<List<String>>read(experiments, "$.topics[?(@.topic == 'deadlocks')].guide"))
			.containsExactly("/guide#10-deadlock");
		// the guide's links into the page name experiments the lab has
		Set<String> paths = this.topics.stream()
			.flatMap((topic) -> topic.variants().stream())
			.map(Topic::path)
			.collect(Collectors.toSet());
		List<String> linked = Pattern.compile("http://localhost:8080/#(/[a-z-]+/[a-z-]+)")
			.matcher(Files.readString(Path.of("GUIDE.md")))
			.results()
			.map((match) -> match.group(1))
			.toList();
		assertThat(linked).hasSizeGreaterThanOrEqualTo(13).allSatisfy((path) -> assertThat(paths).contains(path));
		HttpResponse<String> guide = get("/guide");
		assertThat(guide.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/markdown"));
		assertThat(guide.body()).startsWith("# The Concurrency Lab guide");
	}

	@Test
	void rootShouldBeThePageForABrowserAndTheIndexForCurl() throws Exception {
		HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/"))
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.build());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("<html", "/lab/lab.js");
		for (String accept : List.of("*/*", "application/json")) {
			HttpResponse<String> index = send(HttpRequest.newBuilder(uri("/")).header("Accept", accept).build());
			assertThat(index.headers().firstValue("Content-Type")).as(accept).hasValue("application/json");
			assertThat(JsonPath.<Map<String, Object>>read(index.body(), "$.topics")).containsKey("io-bound");
		}
	}

	@Test
	void swaggerUiShouldAnswerAtTheDesignCardsAndTheSeedsPaths() throws Exception {
		for (String path : List.of("/swagger-ui", "/docs", "/redoc", "/swagger-ui.html")) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as(path)
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/swagger-ui/index.html"));
		}
		assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).build());
	}

	private HttpResponse<String> post(String path, String body, String accept) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", accept);
		if (!body.isEmpty()) {
			request.header("Content-Type", "application/json");
		}
		return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	/** The events of a Server-Sent Events body, in order. */
	private static List<Event> events(String body) {
		List<Event> events = new ArrayList<>();
		for (String block : body.split("\n\n")) {
			String name = null;
			StringBuilder data = new StringBuilder();
			for (String line : block.lines().toList()) {
				if (line.startsWith("event:")) {
					name = line.substring(6).strip();
				}
				else if (line.startsWith("data:")) {
					data.append(line.substring(5));
				}
			}
			if (name != null) {
				events.add(new Event(name, data.toString()));
			}
		}
		return events;
	}

	record Event(String name, String data) {
	}

}
