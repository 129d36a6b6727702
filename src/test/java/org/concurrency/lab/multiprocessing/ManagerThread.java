package org.concurrency.lab.multiprocessing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@link ManagerServer} on a thread of the test's JVM, serving a real Unix socket, with
 * its standard input and output as pipes: what a manager child JVM is, without the JVM.
 */
final class ManagerThread implements AutoCloseable {

	final Path socket;

	private final PrintWriter lab;

	private final BufferedReader answers;

	private final Thread thread;

	ManagerThread(Path directory) throws IOException {
		this.socket = directory.resolve("manager.sock");
		PipedWriter commands = new PipedWriter();
		BufferedReader in = new BufferedReader(new PipedReader(commands));
		this.lab = new PrintWriter(commands, true);
		PipedInputStream output = new PipedInputStream(1 << 16);
		PrintStream out = new PrintStream(new PipedOutputStream(output), true, StandardCharsets.UTF_8);
		this.answers = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
		this.thread = Thread.ofPlatform().start(() -> {
			try {
				new ManagerServer().run(List.of(this.socket.toString()), in, out);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		assertThat(this.answers.readLine()).isEqualTo(ManagerServer.LISTENING);
	}

	/** The dict's entries as the manager lists them to the lab, which empties it. */
	List<String> dump() throws IOException {
		this.lab.println(ManagerServer.DUMP);
		List<String> entries = new ArrayList<>();
		String line;
		while (!(line = this.answers.readLine()).equals(ManagerServer.END)) {
			entries.add(line);
		}
		return entries;
	}

	/** Ends the manager's input, as the lab does, and waits for it to return. */
	@Override
	public void close() throws InterruptedException {
		this.lab.close();
		this.thread.join(5000);
		assertThat(this.thread.isAlive()).as("the manager returned once its input ended").isFalse();
	}

}
