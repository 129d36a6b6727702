package org.concurrency.lab.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The command line that starts a child JVM on {@link WorkerMain}, found from where the
 * lab's own classes were loaded, so it works however the lab was started: from
 * {@code spring-boot:run} (a classes directory), from an extracted jar (a plain jar) and
 * from the executable jar. The child runs the same {@code java} as the lab.
 * <p>
 * From the executable jar, the lab's own classes ({@code BOOT-INF/classes}, a few hundred
 * kilobytes) are copied once into a private temporary directory that the children run
 * from: Spring Boot's {@code PropertiesLauncher} can start {@link WorkerMain} straight
 * from the jar, but opening the nested jars costs some 200 ms a child, against 35 ms from
 * a directory. The launcher stays as the fallback if the copy cannot be made. The copy
 * names its lab (pid and start time) in a file {@value #OWNER}, so that a lab started
 * later removes the copies of labs that were killed before they could remove their own.
 */
final class WorkerLaunch {

	private static final Log logger = LogFactory.getLog(WorkerLaunch.class);

	private static final String PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

	private static final String NESTED_CLASSES = "BOOT-INF/classes/";

	private static final String COPY_PREFIX = "concurrency-lab-worker-";

	/**
	 * The file in a copy that names the lab it belongs to: {@code <pid> <start instant>}.
	 */
	static final String OWNER = "lab.owner";

	/** A small, quick-starting JVM: the work is short and single-purpose. */
	private static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xms16m",
			"-Xmx128m", "-Xss512k");

	private final String java;

	/** The class path and main class: what follows the options. */
	private final List<String> main;

	private WorkerLaunch(String java, List<String> main) {
		this.java = java;
		this.main = List.copyOf(main);
	}

	static WorkerLaunch detect() {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		URL location = WorkerMain.class.getProtectionDomain().getCodeSource().getLocation();
		List<String> command = new ArrayList<>();
		String nestedJar = outerJarOf(location.toString());
		if (nestedJar == null) {
			command.addAll(List.of("-cp", pathOf(location), WorkerMain.class.getName()));
			return new WorkerLaunch(java, command);
		}
		Path temp = Path.of(System.getProperty("java.io.tmpdir"));
		removeStaleCopies(temp);
		try {
			command
				.addAll(List.of("-cp", copyClasses(Path.of(nestedJar), temp).toString(), WorkerMain.class.getName()));
		}
		catch (IOException ex) {
			logger.warn("Cannot copy the lab's classes out of " + nestedJar
					+ "; child JVMs start through PropertiesLauncher, some 200 ms slower: " + ex.getMessage());
			command
				.addAll(List.of("-cp", nestedJar, "-Dloader.main=" + WorkerMain.class.getName(), PROPERTIES_LAUNCHER));
		}
		return new WorkerLaunch(java, command);
	}

	/**
	 * Copies the jar's {@code BOOT-INF/classes} into a new private directory under
	 * {@code temp}, deleted when the lab exits.
	 */
	static Path copyClasses(Path jar, Path temp) throws IOException {
		Path target = Files.createTempDirectory(temp, COPY_PREFIX);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(target), "worker-classes-cleanup"));
		Files.writeString(target.resolve(OWNER), owner(ProcessHandle.current()));
		try (JarFile file = new JarFile(jar.toFile())) {
			for (JarEntry entry : Collections.list(file.entries())) {
				if (!entry.getName().startsWith(NESTED_CLASSES) || entry.isDirectory()) {
					continue;
				}
				Path copy = target.resolve(entry.getName().substring(NESTED_CLASSES.length())).normalize();
				if (!copy.startsWith(target)) {
					throw new IOException("Entry outside the classes directory: " + entry.getName());
				}
				Files.createDirectories(copy.getParent());
				try (InputStream in = file.getInputStream(entry)) {
					Files.copy(in, copy);
				}
			}
		}
		return target;
	}

	/**
	 * Deletes the copies under {@code temp} whose lab is gone: killed (SIGKILL, a crash)
	 * before its shutdown hook could delete its own.
	 * @return how many were deleted
	 */
	static int removeStaleCopies(Path temp) {
		int removed = 0;
		try (Stream<Path> copies = Files.list(temp)) {
			for (Path copy : copies.filter((path) -> path.getFileName().toString().startsWith(COPY_PREFIX)).toList()) {
				if (!ownerAlive(copy)) {
					deleteTree(copy);
					removed++;
				}
			}
		}
		catch (IOException ex) {
			logger.debug("Cannot look for stale worker copies in " + temp + ": " + ex.getMessage());
		}
		return removed;
	}

	private static boolean ownerAlive(Path copy) {
		try {
			String owner = Files.readString(copy.resolve(OWNER)).trim();
			long pid = Long.parseLong(owner.substring(0, owner.indexOf(' ')));
			return ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.map(WorkerLaunch::owner)
				.orElse("")
				.equals(owner);
		}
		catch (IOException | RuntimeException ex) {
			// no owner file: a copy being made this instant, or one made by a lab from
			// before copies named their owner, which may still run; not ours to remove
			return true;
		}
	}

	/** A process as the owner file names it: its pid and when it started. */
	private static String owner(ProcessHandle process) {
		return process.pid() + " " + process.info().startInstant().map(Object::toString).orElse("?");
	}

	/** Deletes a directory and all in it, as far as it can. */
	static void deleteTree(Path root) {
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary directory left behind is all that can go wrong
		}
	}

	/**
	 * The executable jar a nested location points into, e.g. {@code /app/lab.jar} for
	 * {@code jar:nested:/app/lab.jar/!BOOT-INF/classes/!/}, or {@code null} for a plain
	 * one.
	 */
	static String outerJarOf(String location) {
		int nested = location.indexOf("nested:");
		if (nested < 0) {
			return null;
		}
		int end = location.indexOf("/!", nested);
		return location.substring(nested + "nested:".length(), (end >= 0) ? end : location.length());
	}

	private static String pathOf(URL location) {
		try {
			return Path.of(location.toURI()).toString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException("Cannot locate the lab's classes at " + location, ex);
		}
	}

	List<String> command(Class<? extends WorkerCommand> worker, List<String> args) {
		return command(List.of(), worker, args);
	}

	/**
	 * The command line with {@code jvmOptions} after the lab's own options: for a child
	 * that needs a flag of its own, such as a system property read only at start-up.
	 */
	List<String> command(List<String> jvmOptions, Class<? extends WorkerCommand> worker, List<String> args) {
		List<String> command = new ArrayList<>();
		command.add(this.java);
		command.addAll(JVM_OPTIONS);
		command.addAll(jvmOptions);
		command.addAll(this.main);
		command.add(worker.getName());
		command.addAll(args);
		return command;
	}

}
