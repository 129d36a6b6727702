package org.concurrency.lab.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.constantpool.ClassEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

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
	public static List<String> files(Variant<?, ?> variant) {
		Set<String> files = new LinkedHashSet<>();
		Set<String> used = new TreeSet<>();
		for (String name : variant.sourceNames()) {
			files.add(fileOf(name));
			if (!packageOf(name).equals(ENGINE)) {
				used.addAll(usedInPackage(name));
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
	 * The source files of the classes of {@code name}'s package that it, or a class
	 * nested in it, names: a topic's own classes, not its controller.
	 */
	private static Set<String> usedInPackage(String name) {
		String prefix = packageOf(name).replace('.', '/') + "/";
		Set<String> used = new TreeSet<>();
		for (String referenced : referencedClasses(name.replace('.', '/'), new HashSet<>())) {
			if (referenced.startsWith(prefix) && referenced.indexOf('/', prefix.length()) < 0 && !isTopic(referenced)
					&& !referenced.endsWith("/package-info")) {
				used.add(fileOf(referenced.replace('/', '.')));
			}
		}
		used.remove(fileOf(name));
		return used;
	}

	/**
	 * The classes named in the constant pool of {@code internalName} and of the classes
	 * nested in it, read from the class files: a lab class, or a preview lesson's.
	 */
	private static Set<String> referencedClasses(String internalName, Set<String> read) {
		Set<String> names = new TreeSet<>();
		if (!read.add(internalName)) {
			return names;
		}
		byte[] bytes = classFile(internalName);
		if (bytes == null) {
			return names;
		}
		ClassModel model = ClassFile.of().parse(bytes);
		for (var entry : model.constantPool()) {
			if (entry instanceof ClassEntry classEntry) {
				names.add(classEntry.asInternalName());
			}
		}
		model.findAttribute(Attributes.nestMembers())
			.ifPresent((members) -> members.nestMembers()
				.forEach((member) -> names.addAll(referencedClasses(member.asInternalName(), read))));
		return names;
	}

	private static byte @Nullable [] classFile(String internalName) {
		ClassLoader loader = VariantSource.class.getClassLoader();
		for (String root : List.of("", PreviewClasses.ROOT)) {
			try (InputStream in = loader.getResourceAsStream(root + internalName + ".class")) {
				if (in != null) {
					return in.readAllBytes();
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return null;
	}

	private static String packageOf(String className) {
		int dot = className.lastIndexOf('.');
		return (dot >= 0) ? className.substring(0, dot) : "";
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
	public static String fileOf(String className) {
		int nested = className.indexOf('$');
		String outer = (nested >= 0) ? className.substring(0, nested) : className;
		return outer.replace('.', '/') + ".java";
	}

}
