package org.concurrency.lab.system;

import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.concurrency.lab.experiment.Topic;
import org.concurrency.lab.experiment.Variant;
import org.concurrency.lab.experiment.VariantSource;
import org.concurrency.lab.guide.LabDocuments;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * What the lab's page reads: the page itself at {@code GET /} for a browser, the registry
 * of topics and experiments with each one's chapter of the guide, and the code each one
 * runs.
 */
@Controller
@Tag(name = "lab", description = "The lab's page, its experiments, their code and the guide")
class LabPageController {

	private final List<Topic> topics;

	private final LabDocuments documents;

	LabPageController(List<Topic> topics, LabDocuments documents) {
		this.topics = topics.stream().sorted(Comparator.comparing(Topic::name)).toList();
		this.documents = documents;
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
			.map((topic) -> new TopicEntry(topic.name(), topic.description(), this.documents.guideLink(topic.name()),
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
	 * @param guide its chapter of the guide ({@code /guide#<id>}), or the guide
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

}
