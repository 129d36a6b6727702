package org.concurrency.lab.experiment;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that starts a child JVM on {@link WorkerMain}, found from where the
 * lab's own classes were loaded, so it works however the lab was started: from
 * {@code spring-boot:run} (a classes directory), from an extracted jar (a plain jar or
 * directory) and from the executable jar (classes nested in it, reached through Spring
 * Boot's {@code PropertiesLauncher}). The child runs the same {@code java} as the lab.
 */
final class WorkerLaunch {

	private static final String PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

	/** A small, quick-starting JVM: the work is short and single-purpose. */
	private static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:-UsePerfData",
			"-XX:TieredStopAtLevel=4", "-Xms16m", "-Xmx128m", "-Xss512k");

	private final List<String> prefix;

	private WorkerLaunch(List<String> prefix) {
		this.prefix = List.copyOf(prefix);
	}

	static WorkerLaunch detect() {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		URL location = WorkerMain.class.getProtectionDomain().getCodeSource().getLocation();
		List<String> command = new ArrayList<>();
		command.add(java);
		command.addAll(JVM_OPTIONS);
		String nestedJar = outerJarOf(location.toString());
		if (nestedJar != null) {
			command
				.addAll(List.of("-cp", nestedJar, "-Dloader.main=" + WorkerMain.class.getName(), PROPERTIES_LAUNCHER));
		}
		else {
			command.addAll(List.of("-cp", pathOf(location), WorkerMain.class.getName()));
		}
		return new WorkerLaunch(command);
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
		List<String> command = new ArrayList<>(this.prefix);
		command.add(worker.getName());
		command.addAll(args);
		return command;
	}

}
