package org.concurrency.lab.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;

import org.jspecify.annotations.Nullable;

/**
 * Classes compiled against a preview API of JDK 25 (the structured-concurrency lessons'
 * {@code StructuredTaskScope}, JEP 505), kept out of the lab's class path so that nothing
 * else ever needs {@code --enable-preview}. The build compiles them on their own, with
 * {@code --enable-preview --release 25}, into {@code lab-preview/}; they are defined
 * here, by a loader of their own, only in a JVM that can run them: release 25, started
 * with {@code --enable-preview}. Anywhere else {@link #create} throws a
 * {@link PreviewUnavailableException} that says what is needed, answered {@code 501}.
 * Their types are public, since classes of another loader share no package with them.
 */
public final class PreviewClasses {

	/** The release the preview classes are compiled for, the only one that loads them. */
	public static final int RELEASE = 25;

	static final String ROOT = "lab-preview/";

	private static final ClassLoader LOADER = new ClassLoader("lab-preview", PreviewClasses.class.getClassLoader()) {

		@Override
		protected Class<?> findClass(String name) throws ClassNotFoundException {
			byte[] bytes = bytes(name);
			if (bytes == null) {
				throw new ClassNotFoundException(name);
			}
			return defineClass(name, bytes, 0, bytes.length);
		}

	};

	private PreviewClasses() {
	}

	/**
	 * A new instance of the preview class {@code name}, as {@code type}.
	 * @throws PreviewUnavailableException where this JVM or this build cannot run it
	 */
	public static <T> T create(String name, Class<T> type) {
		require(name);
		try {
			return type.cast(Class.forName(name, true, LOADER).getDeclaredConstructor().newInstance());
		}
		catch (ReflectiveOperationException | LinkageError ex) {
			Throwable cause = (ex instanceof InvocationTargetException invocation) ? invocation.getCause() : ex;
			throw new PreviewUnavailableException("this JVM could not load " + name + ": " + cause);
		}
	}

	/**
	 * Throws unless this JVM and this build can run the preview class {@code name}: for a
	 * variant's {@code check}, so that nothing starts where it cannot.
	 * @throws PreviewUnavailableException saying what is needed
	 */
	public static void require(String name) {
		String missing = missing(name);
		if (missing != null) {
			throw new PreviewUnavailableException(missing);
		}
	}

	/** What this JVM or this build lacks to run {@code name}, or {@code null}. */
	static @Nullable String missing(String name) {
		int release = Runtime.version().feature();
		if (release != RELEASE) {
			return "StructuredTaskScope is a preview API of JDK " + RELEASE + " (JEP 505), changed in JDK 26 "
					+ "(JEP 525); these lessons are built for JDK " + RELEASE + ", and this lab runs on JDK "
					+ Runtime.version() + ". Run the lab on a JDK " + RELEASE + ", with --enable-preview.";
		}
		if (!ManagementFactory.getRuntimeMXBean().getInputArguments().contains("--enable-preview")) {
			return "StructuredTaskScope is a preview API of JDK " + RELEASE
					+ " (JEP 505): start the lab with --enable-preview (./mvnw spring-boot:run does; "
					+ "java --enable-preview -jar target/concurrency-lab-0.1.0-SNAPSHOT.jar, as the README says).";
		}
		if (bytes(name) == null) {
			return "this build of the lab has no preview classes: it was compiled by a JDK other than " + RELEASE
					+ ". Build it with a JDK " + RELEASE + ".";
		}
		return null;
	}

	private static byte @Nullable [] bytes(String name) {
		String resource = ROOT + name.replace('.', '/') + ".class";
		try (InputStream in = PreviewClasses.class.getClassLoader().getResourceAsStream(resource)) {
			return (in != null) ? in.readAllBytes() : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

}
