package org.concurrency.lab.experiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A child JVM running a {@link WorkerCommand}: lines go to it on its standard input and
 * come back on its standard output. The {@code ready} and {@code cpu_ns} lines of
 * {@link WorkerMain} are read here and never reach the caller.
 */
public final class ChildJvm {

	private final Process process;

	private final Instant launched;

	private final BufferedReader out;

	private final PrintStream in;

	private volatile @Nullable Duration startup;

	private volatile long cpuNanos;

	ChildJvm(Process process, Instant launched) {
		this.process = process;
		this.launched = launched;
		this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		this.in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
	}

	public long pid() {
		return this.process.pid();
	}

	/** The worker's name in a timeline. */
	public String name() {
		return "pid " + pid();
	}

	/** Sends one line to the child. */
	public void send(String line) {
		this.in.println(line);
	}

	/** Closes the child's input: a command reading requests sees the end of them. */
	public void closeInput() {
		this.in.close();
	}

	/**
	 * The next line the command wrote, or {@code null} once it has ended (or was killed).
	 */
	public @Nullable String readLine() {
		try {
			String line;
			while ((line = this.out.readLine()) != null) {
				if (line.startsWith(WorkerMain.READY)) {
					Instant ready = WorkerMain.instant(Long.parseLong(line.substring(WorkerMain.READY.length())));
					this.startup = Duration.between(this.launched, ready);
				}
				else if (line.startsWith(WorkerMain.CPU)) {
					this.cpuNanos = Long.parseLong(line.substring(WorkerMain.CPU.length()));
				}
				else {
					return line;
				}
			}
			return null;
		}
		catch (IOException ex) {
			// the lab destroyed the process while we read: same as its end
			return null;
		}
	}

	/**
	 * Reads what is left and waits for the child to exit.
	 * @return the exit code
	 */
	public int awaitExit(Duration timeout) throws InterruptedException {
		while (readLine() != null) {
			// drain: only the cpu_ns line matters now
		}
		if (!this.process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
			throw new UncheckedIOException(new IOException("child " + pid() + " did not exit in " + timeout));
		}
		return this.process.exitValue();
	}

	/** Time from launch until the child's main method ran, once it said so. */
	public @Nullable Duration startup() {
		return this.startup;
	}

	long cpuNanos() {
		return this.cpuNanos;
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	void destroy() {
		this.process.descendants().forEach(ProcessHandle::destroyForcibly);
		this.process.destroyForcibly();
	}

	boolean awaitDeath(Duration timeout) throws InterruptedException {
		return this.process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
	}

}
