package org.concurrency.lab;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The lab as users start it, in a process of its own on a free port: {@code java -jar}
 * with the test JVM's Java, after {@code package}. Stopped as a user stops it (SIGTERM),
 * so that it cleans up after itself; forcibly only if it does not stop.
 */
public final class LabServer implements AutoCloseable {

	/** The test JVM's own {@code java}, the one the lab is built for. */
	public static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

	private final Process process;

	private final Path log;

	private final int port;

	private LabServer(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/**
	 * {@code java --enable-preview -jar target/concurrency-lab-*.jar}, as the README runs
	 * it (the preview API is for the structured-concurrency lessons), up and healthy.
	 */
	public static LabServer startJar() throws Exception {
		return start(List.of(JAVA, "--enable-preview", "-jar", executableJar().toString()));
	}

	/**
	 * Runs the command with {@code --server.port=<free port>} and waits until it is UP.
	 */
	public static LabServer start(List<String> command) throws Exception {
		int port = freePort();
		Path log = Files.createTempFile("lab-server-", ".log");
		Process process = new ProcessBuilder(
				Stream.concat(command.stream(), Stream.of("--server.port=" + port)).toList())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		LabServer server = new LabServer(process, log, port);
		server.awaitHealthy();
		return server;
	}

	private void awaitHealthy() throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		try (HttpClient http = HttpClient.newHttpClient()) {
			while (System.nanoTime() < deadline) {
				if (!this.process.isAlive()) {
					throw new IllegalStateException("server exited; its log:\n" + Files.readString(this.log));
				}
				try {
					HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
							HttpResponse.BodyHandlers.ofString());
					if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
						return;
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				Thread.sleep(100);
			}
		}
		close();
		throw new IllegalStateException("server not up in 90 s");
	}

	public int port() {
		return this.port;
	}

	public Process process() {
		return this.process;
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	public String log() throws IOException {
		return Files.readString(this.log);
	}

	/** SIGTERM, as Ctrl-C or docker stop; then by force if it does not stop in 30 s. */
	@Override
	public void close() throws Exception {
		if (this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.descendants().forEach(ProcessHandle::destroyForcibly);
				this.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}
		Files.deleteIfExists(this.log);
	}

	/** The executable jar that {@code package} left in target/. */
	public static Path executableJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("concurrency-lab-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no executable jar in target/: run after package"));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
