package org.concurrency.lab.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.constantpool.ClassEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Java source of a variant as shipped in the lab: the build copies
 * {@code src/main/java} into the jar under {@code lab-sources/}, so what this answers is
 * the code that ran, never an excerpt written by hand. A variant's source is its
 * {@link Variant#sourceClasses() own classes}, then the classes of their package they use
 * (read from their class files' constant pools: the request, the counters, the helpers),
 * but not the topic's controller, nor the engine.
 */
public final class VariantSource {

	/** Where the build puts the sources, on the class path. */
	static final String ROOT = "lab-sources/";

	private static final String ENGINE = VariantSource.class.getPackageName();

	private static final Map<Variant<?, ?>, Optional<String>> sources = new ConcurrentHashMap<>();

	private VariantSource() {
	}

	/**
	 * The files of {@code variant}, each under a header naming its path, or empty where
	 * the lab was built without its sources.
	 */
	public static Optional<String> of(Variant<?, ?> variant) {
		return sources.computeIfAbsent(variant, VariantSource::read);
	}

	/** The source files of {@code variant}, its own first. */
	static List<String> files(Variant<?, ?> variant) {
		Set<String> files = new LinkedHashSet<>();
		Set<String> used = new TreeSet<>();
		for (Class<?> type : variant.sourceClasses()) {
			files.add(fileOf(type.getName()));
			if (!type.getPackageName().equals(ENGINE)) {
				used.addAll(usedInPackage(type));
			}
		}
		files.add(fileOf(variant.requestType().getName()));
		files.addAll(used);
		return new ArrayList<>(files);
	}

	private static Optional<String> read(Variant<?, ?> variant) {
		StringBuilder text = new StringBuilder();
		for (String file : files(variant)) {
			try (InputStream in = VariantSource.class.getClassLoader().getResourceAsStream(ROOT + file)) {
				if (in == null) {
					return Optional.empty();
				}
				text.append("// ===== ").append(file).append(" =====\n\n");
				text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return Optional.of(text.toString());
	}

	/**
	 * The source files of the classes of {@code type}'s package that it, or a class
	 * nested in it, names: a topic's own classes, not its controller.
	 */
	private static Set<String> usedInPackage(Class<?> type) {
		String prefix = type.getPackageName().replace('.', '/') + "/";
		Set<String> used = new TreeSet<>();
		for (Class<?> member : type.getNestHost().getNestMembers()) {
			for (String name : referencedClasses(member)) {
				if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0 && !isTopic(name)
						&& !name.endsWith("/package-info")) {
					used.add(fileOf(name.replace('/', '.')));
				}
			}
		}
		used.remove(fileOf(type.getName()));
		return used;
	}

	private static List<String> referencedClasses(Class<?> type) {
		String resource = type.getName().replace('.', '/') + ".class";
		try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				return List.of();
			}
			List<String> names = new ArrayList<>();
			for (var entry : ClassFile.of().parse(in.readAllBytes()).constantPool()) {
				if (entry instanceof ClassEntry classEntry) {
					names.add(classEntry.asInternalName());
				}
			}
			return names;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isTopic(String internalName) {
		try {
			return Topic.class.isAssignableFrom(
					Class.forName(internalName.replace('/', '.'), false, VariantSource.class.getClassLoader()));
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

	/**
	 * {@code org/concurrency/lab/iobound/IoBoundVariant.java} for a class or one nested
	 * in it.
	 */
	private static String fileOf(String className) {
		int nested = className.indexOf('$');
		String outer = (nested >= 0) ? className.substring(0, nested) : className;
		return outer.replace('.', '/') + ".java";
	}

}
