package org.concurrency.lab.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.concurrency.lab.experiment.Topic;
import org.concurrency.lab.experiment.Variant;
import org.concurrency.lab.experiment.VariantSource;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * What the lab's page reads: the page itself at {@code GET /} for a browser, the registry
 * of topics and experiments, the code each one runs and the guide.
 */
@Controller
@Tag(name = "lab", description = "The lab's page, its experiments, their code and the guide")
class LabPageController {

	private final List<Topic> topics;

	private final Guide guide;

	LabPageController(List<Topic> topics) {
		this.topics = topics.stream().sorted(Comparator.comparing(Topic::name)).toList();
		this.guide = Guide.load();
	}

	/**
	 * A browser asks for {@code text/html}; curl's {@code *}{@code /*} gets the JSON
	 * index.
	 */
	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	@Hidden
	String page() {
		return "forward:/lab/index.html";
	}

	@GetMapping("/experiments")
	@ResponseBody
	@Operation(summary = "The topics and their experiments, with each one's path, summary, code and guide chapter")
	Experiments experiments() {
		return new Experiments(this.topics.stream()
			.map((topic) -> new TopicEntry(topic.name(), topic.description(), this.guide.link(topic.name()),
					topic.variants().stream().map(ExperimentEntry::of).toList()))
			.toList());
	}

	@GetMapping(path = "/experiments/{topic}/{method}/source", produces = "text/plain;charset=UTF-8")
	@ResponseBody
	@Operation(summary = "The Java source of one experiment as shipped in the lab: its variant's classes")
	String source(@PathVariable String topic, @PathVariable String method) {
		Variant<?, ?> variant = this.topics.stream()
			.filter((candidate) -> candidate.name().equals(topic))
			.flatMap((candidate) -> candidate.variants().stream())
			.filter((candidate) -> candidate.label().equals(method))
			.findFirst()
			.orElseThrow(() -> notFound("No experiment " + topic + "/" + method + "; GET /experiments lists them"));
		return VariantSource.of(variant)
			.orElseThrow(() -> notFound("This build of the lab carries no sources (lab-sources/ is missing)"));
	}

	@GetMapping(path = "/guide", produces = "text/markdown;charset=UTF-8")
	@ResponseBody
	@Operation(summary = "GUIDE.md, the lab's guide, as Markdown; the page renders it")
	ResponseEntity<String> guide() {
		return this.guide.text()
			.map(ResponseEntity::ok)
			.orElseThrow(() -> notFound("This build of the lab carries no guide"));
	}

	private static ErrorResponseException notFound(String detail) {
		return new ErrorResponseException(HttpStatus.NOT_FOUND,
				ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail), null);
	}

	/**
	 * The registry.
	 *
	 * @param topics every topic, by name
	 */
	record Experiments(List<TopicEntry> topics) {
	}

	/**
	 * One topic.
	 *
	 * @param topic its name, as its paths and reports say it
	 * @param description what it is about
	 * @param guide its chapter of the guide, or {@code null}
	 * @param experiments its variants, in the lab's order
	 */
	record TopicEntry(String topic, String description, String guide, List<ExperimentEntry> experiments) {
	}

	/**
	 * One experiment.
	 *
	 * @param method its variant, as the report's {@code method} says it
	 * @param path where to {@code POST} it
	 * @param summary what it shows
	 * @param source where its code is
	 */
	record ExperimentEntry(String method, String path, String summary, String source) {

		static ExperimentEntry of(Variant<?, ?> variant) {
			return new ExperimentEntry(variant.label(), Topic.path(variant), variant.summary(),
					"/experiments/" + variant.topic() + "/" + variant.label() + "/source");
		}

	}

	/** GUIDE.md as the build copied it, and the chapter of each topic. */
	record Guide(Optional<String> text) {

		static Guide load() {
			try (InputStream in = LabPageController.class.getClassLoader().getResourceAsStream("lab-docs/GUIDE.md")) {
				return new Guide(Optional.ofNullable(in).map(Guide::read).map(String::valueOf).map(String::strip));
			}
			catch (IOException ex) {
				return new Guide(Optional.empty());
			}
		}

		private static String read(InputStream in) {
			try {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				return "";
			}
		}

		/**
		 * {@code /guide#<chapter>}: the chapter ({@code ## }) whose heading names the
		 * topic, else the first whose text names one of its paths, else the guide itself.
		 */
		String link(String topic) {
			List<String> lines = this.text.orElse("").lines().toList();
			String singular = topic.endsWith("s") ? topic.substring(0, topic.length() - 1) : topic;
			Pattern named = Pattern.compile("\\b" + Pattern.quote(singular.replace('-', ' ')) + "s?\\b");
			for (String line : lines) {
				if (line.startsWith("## ") && named.matcher(line.toLowerCase(Locale.ROOT).replace('-', ' ')).find()) {
					return "/guide#" + slug(line.substring(3).strip());
				}
			}
			String heading = null;
			for (String line : lines) {
				if (line.startsWith("## ")) {
					heading = line.substring(3).strip();
				}
				else if (heading != null && line.contains("/" + topic + "/")) {
					return "/guide#" + slug(heading);
				}
			}
			return "/guide";
		}

		/**
		 * GitHub's anchor of a heading: lower case, punctuation dropped, spaces as
		 * dashes.
		 */
		static String slug(String heading) {
			return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
		}

	}

}
