package org.concurrency.lab.multiprocessing;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A client's three sides, against a manager on a thread of the test's JVM. */
class ManagerClientTests {

	@TempDir
	Path directory;

	@Test
	void runShouldUpdateTheDictOnBothSidesAndCountInTheMappedFile() throws Exception {
		try (ManagerThread manager = new ManagerThread(this.directory)) {
			Path counter = this.directory.resolve("counter");
			Files.write(counter, new byte[CounterWorker.SIZE]);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			String sides = "unlocked\ngo\nlocked\ngo\nmapped " + counter + "\ngo\n";
			new ManagerClient().run(List.of(manager.socket.toString(), "0", "50", "1"),
					new BufferedReader(new StringReader(sides)), new PrintStream(bytes, true, StandardCharsets.UTF_8));
			assertThat(bytes.toString(StandardCharsets.UTF_8).lines().map((line) -> line.split(" ")[0]))
				.containsExactly("connected", "armed", "done", "armed", "done", "armed", "done");
			assertThat(ByteBuffer.wrap(Files.readAllBytes(counter)).getInt(CounterWorker.COUNTER)).isEqualTo(50);
			// alone, the client loses nothing: 50 updates on each dict side, in order
			List<String> entries = manager.dump();
			String fifty = IntStream.range(0, 50).mapToObj(Integer::toString).collect(Collectors.joining(" "));
			assertThat(entries).containsExactly("number total 100", "list worker-0 " + fifty + " " + fifty);
		}
	}

	@Test
	void runWithoutGoShouldUpdateNothing() throws Exception {
		try (ManagerThread manager = new ManagerThread(this.directory)) {
			new ManagerClient().run(List.of(manager.socket.toString(), "0", "50", "1"),
					new BufferedReader(new StringReader("locked\n")), new PrintStream(new ByteArrayOutputStream()));
			assertThat(manager.dump()).isEmpty();
		}
	}

}
