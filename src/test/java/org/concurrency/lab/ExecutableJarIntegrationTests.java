package org.concurrency.lab;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lab as users run it, after {@code package}: the executable jar ({@code java -jar})
 * and the extracted layout the Docker image runs. In each, child JVMs must start, and
 * stopping the server in the middle of an experiment must leave no child behind.
 */
class ExecutableJarIntegrationTests {

	private static final String JAVA = LabServer.JAVA;

	private final HttpClient http = HttpClient.newHttpClient();

	private LabServer server;

	/**
	 * Stops the server as a user does (SIGTERM), so that it deletes its copy of the
	 * worker classes; forcibly only if it does not stop.
	 */
	@AfterEach
	void stopServer() throws Exception {
		if (this.server != null) {
			this.server.close();
		}
		this.http.close();
	}

	@Test
	void executableJarShouldRunChildJvms() throws Exception {
		this.server = LabServer.startJar();
		assertMultiprocessingWorks(this.server.port());
		// started as the README says, with --enable-preview: the preview lessons run
		HttpResponse<String> scope = this.http.send(post(this.server.port(), "/structured-concurrency/fail-fast", "{}"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(scope.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<String>read(scope.body(), "$.status")).isEqualTo("completed");
	}

	@Test
	void extractedJarShouldRunChildJvms(@TempDir Path dir) throws Exception {
		Path extracted = dir.resolve("application");
		Process extract = new ProcessBuilder(JAVA, "-Djarmode=tools", "-jar", LabServer.executableJar().toString(),
				"extract", "--destination", extracted.toString())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("extract.log").toFile())
			.start();
		assertThat(extract.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(extract.exitValue()).isZero();
		Path applicationJar = extracted.resolve(LabServer.executableJar().getFileName());
		assertThat(applicationJar).exists();
		this.server = LabServer.start(List.of(JAVA, "-jar", applicationJar.toString()));
		assertMultiprocessingWorks(this.server.port());
		// without --enable-preview: everything else runs, the preview lessons answer 501
		HttpResponse<String> scope = this.http.send(
				post(this.server.port(), "/structured-concurrency/all-succeed", "{}"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(scope.statusCode()).isEqualTo(501);
		assertThat(scope.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(JsonPath.<String>read(scope.body(), "$.detail")).contains("--enable-preview");
	}

	@Test
	void stoppingTheServerShouldCancelTheRunAndKillItsChildJvms() throws Exception {
		this.server = LabServer.startJar();
		int port = this.server.port();
		CompletableFuture<HttpResponse<String>> run = this.http.sendAsync(
				post(port, "/cpu-bound/multiprocessing", "{\"iterations\": 2, \"workers\": 2, \"work\": 2000000000}"),
				HttpResponse.BodyHandlers.ofString());
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (childJvms().size() < 2 && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		List<ProcessHandle> children = childJvms();
		assertThat(children).hasSize(2);
		this.server.process().destroy(); // SIGTERM, as Ctrl-C or docker stop
		assertThat(this.server.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(children).allSatisfy((child) -> assertThat(child.isAlive()).isFalse());
		HttpResponse<String> answer = run.get(10, TimeUnit.SECONDS);
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<String>read(answer.body(), "$.status")).isEqualTo("cancelled");
	}

	private void assertMultiprocessingWorks(int port) throws Exception {
		HttpResponse<String> run = this.http.send(
				post(port, "/cpu-bound/multiprocessing", "{\"iterations\": 4, \"workers\": 2, \"work\": 1000000}"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(run.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<String>read(run.body(), "$.status")).isEqualTo("completed");
		assertThat(JsonPath.<Integer>read(run.body(), "$.processes.spawned")).isEqualTo(2);
		assertThat(JsonPath.<List<String>>read(run.body(), "$.timeline[*].worker"))
			.allSatisfy((worker) -> assertThat(worker).startsWith("pid "));
		assertThat(childJvms()).isEmpty();
	}

	private List<ProcessHandle> childJvms() {
		return this.server.process().children().filter(ProcessHandle::isAlive).toList();
	}

	private static HttpRequest post(int port, String path, String json) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

}
