package org.concurrency.lab.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.concurrency.lab.experiment.Topic;
import org.concurrency.lab.experiment.Variant;
import org.concurrency.lab.experiment.VariantSource;
import org.concurrency.lab.guide.Markdown.Rendered;
import org.concurrency.lab.guide.Markdown.Section;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * The documents the build copies into the lab ({@code lab-docs/}: GUIDE.md, README.md and
 * docs/), each at its address, as Markdown and rendered (once). The guide's curls open
 * the lab's own experiments, and its listings link to the code of the one that runs them.
 */
@Component
public class LabDocuments {

	static final String ROOT = "lab-docs/";

	/** The repository files the lab may serve, by path. */
	private static final Pattern SERVED = Pattern.compile("GUIDE\\.md|README\\.md|docs/[A-Za-z0-9_-]+\\.(?:md|png)");

	private static final String SOURCES = "src/(?:main|preview)/java/";

	private final Map<String, Variant<?, ?>> experiments;

	private final JsonMapper json;

	private final Markdown markdown = new Markdown(new InTheLab());

	private final Map<String, Optional<byte[]>> files = new ConcurrentHashMap<>();

	private final Map<String, Rendered> rendered = new ConcurrentHashMap<>();

	private final Map<String, String> sources = new ConcurrentHashMap<>();

	LabDocuments(List<Topic> topics, JsonMapper json) {
		this.experiments = topics.stream()
			.flatMap((topic) -> topic.variants().stream())
			.collect(Collectors.toMap(Topic::path, Function.identity(), (first, second) -> first, LinkedHashMap::new));
		this.json = json;
	}

	/** The repository file at {@code path} as the build copied it, or empty. */
	Optional<byte[]> bytes(String path) {
		if (!SERVED.matcher(path).matches()) {
			return Optional.empty();
		}
		return this.files.computeIfAbsent(path, (file) -> {
			try (InputStream in = LabDocuments.class.getClassLoader().getResourceAsStream(ROOT + file)) {
				return Optional.ofNullable((in != null) ? in.readAllBytes() : null);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	Optional<String> text(String path) {
		return bytes(path).map((bytes) -> new String(bytes, StandardCharsets.UTF_8));
	}

	/** The Markdown file at {@code path} as HTML, or empty. */
	Optional<Rendered> rendered(String path) {
		return text(path)
			.map((text) -> this.rendered.computeIfAbsent(path, (file) -> this.markdown.render(file, text)));
	}

	/**
	 * Where the lab serves a repository file: the guide at {@code /guide}, the rest at
	 * its path.
	 */
	static String addressOf(String path) {
		return path.equals("GUIDE.md") ? "/guide" : "/" + path;
	}

	/**
	 * {@code /guide#<chapter>}: the chapter whose heading names the topic, else the first
	 * whose text names one of its paths, else the guide itself.
	 */
	public String guideLink(String topic) {
		Optional<Rendered> guide = rendered("GUIDE.md");
		List<Section> chapters = guide.map(Rendered::chapters).orElse(List.of());
		String singular = topic.endsWith("s") ? topic.substring(0, topic.length() - 1) : topic;
		Pattern named = Pattern.compile("\\b" + Pattern.quote(singular.replace('-', ' ')) + "s?\\b");
		for (Section chapter : chapters) {
			if (named.matcher(chapter.title().toLowerCase(Locale.ROOT).replace('-', ' ')).find()) {
				return "/guide#" + chapter.id();
			}
		}
		List<String> lines = text("GUIDE.md").map((text) -> text.lines().toList()).orElse(List.of());
		for (int i = 0; i < chapters.size(); i++) {
			int end = (i + 1 < chapters.size()) ? chapters.get(i + 1).line() : lines.size();
			if (lines.subList(Math.min(chapters.get(i).line(), end), end)
				.stream()
				.anyMatch((line) -> line.contains("/" + topic + "/"))) {
				return "/guide#" + chapters.get(i).id();
			}
		}
		return "/guide";
	}

	/**
	 * A curl's body as its experiment's request reads it, with the request's own names (a
	 * seed's alias such as {@code num_threads} becomes {@code num_workers}); left as it
	 * is if it does not read.
	 */
	RunIt canonical(RunIt curl, Variant<?, ?> variant) {
		if (curl.body() == null) {
			return curl;
		}
		try {
			JsonNode read = this.json.valueToTree(this.json.readValue(curl.body(), variant.bodyType()));
			if (read instanceof ObjectNode fields) {
				fields.remove(fields.properties()
					.stream()
					.filter((field) -> field.getValue().isNull())
					.map(Map.Entry::getKey)
					.toList());
			}
			// the guide's own text where it already names the fields so
			return read.equals(this.json.readTree(curl.body())) ? curl
					: new RunIt(curl.path(), this.json.writeValueAsString(read));
		}
		catch (JacksonException ex) {
			return curl;
		}
	}

	/**
	 * The code of the experiment whose own classes are in {@code file}, else of one that
	 * uses it.
	 */
	private Optional<String> sourceOf(String file) {
		if (!file.matches(SOURCES + ".*\\.java")) {
			return Optional.empty();
		}
		if (this.sources.isEmpty()) {
			Map<String, String> found = new LinkedHashMap<>();
			for (boolean own : new boolean[] { true, false }) {
				for (Variant<?, ?> variant : this.experiments.values()) {
					List<String> shown = own ? variant.sourceNames().stream().map(VariantSource::fileOf).toList()
							: VariantSource.files(variant);
					shown.forEach((name) -> found.putIfAbsent(name,
							"/experiments/" + variant.topic() + "/" + variant.label() + "/source"));
				}
			}
			this.sources.putAll(found);
		}
		return Optional.ofNullable(this.sources.get(file.replaceFirst(SOURCES, "")));
	}

	/** What the renderer asks, answered from the lab's registry and its files. */
	private final class InTheLab implements Markdown.Lab {

		@Override
		public Optional<RunIt> experiment(RunIt curl) {
			return Optional.ofNullable(LabDocuments.this.experiments.get(curl.path()))
				.map((variant) -> canonical(curl, variant));
		}

		@Override
		public Optional<String> sourceOf(String file) {
			return LabDocuments.this.sourceOf(file);
		}

		@Override
		public Optional<String> addressOf(String file) {
			return bytes(file).map((bytes) -> LabDocuments.addressOf(file));
		}

	}

}
