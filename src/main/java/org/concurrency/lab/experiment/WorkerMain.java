package org.concurrency.lab.experiment;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The main class of every child JVM the lab starts:
 * {@code WorkerMain <command class> args…}. It says {@code ready <epoch nanos>} as soon
 * as it runs, runs the command, then reports {@code cpu_ns <n>}, the CPU time this
 * process used. It halts by itself if the lab's JVM dies, so a killed server leaves no
 * orphan computing on.
 * <p>
 * A child JVM is started for every run, so its start-up is on the clock: the code it runs
 * avoids lambdas and {@code +} on strings, whose first use bootstraps
 * {@code invokedynamic} and costs tens of milliseconds in a fresh JVM.
 */
public final class WorkerMain {

	static final String READY = "ready ";

	static final String CPU = "cpu_ns ";

	private WorkerMain() {
	}

	public static void main(String[] args) throws Exception {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		out.print(READY);
		out.println(epochNanos(Instant.now()));
		watchParent();
		WorkerCommand command = (WorkerCommand) Class.forName(args[0]).getConstructor().newInstance();
		List<String> commandArgs = Arrays.asList(args).subList(1, args.length);
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		command.run(commandArgs, in, out);
		Duration cpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
		out.print(CPU);
		out.println(cpu.toNanos());
		out.flush();
	}

	/**
	 * Halts this JVM once the lab's JVM is gone. The watchdog looks its parent up itself:
	 * {@code ProcessHandle}'s first use costs some 20 ms, which the command need not wait
	 * for.
	 */
	private static void watchParent() {
		Thread watchdog = new Thread("parent-watchdog") {
			@Override
			public void run() {
				ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
				try {
					while (parent != null && parent.isAlive()) {
						Thread.sleep(200);
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				Runtime.getRuntime().halt(3);
			}
		};
		watchdog.setDaemon(true);
		watchdog.start();
	}

	/** Nanoseconds since the epoch: a clock the lab and its children share. */
	/**
	 * A line of a child's answer as the lab reads it, {@code <tag> <field> <field> …},
	 * built without string concatenation, whose first use costs a fresh JVM tens of
	 * milliseconds.
	 */
	public static String line(String tag, long... fields) {
		StringBuilder line = new StringBuilder(tag);
		for (long field : fields) {
			line.append(' ').append(field);
		}
		return line.toString();
	}

	public static long epochNanos(Instant instant) {
		return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
	}

	public static Instant instant(long epochNanos) {
		return Instant.ofEpochSecond(0, epochNanos);
	}

}
