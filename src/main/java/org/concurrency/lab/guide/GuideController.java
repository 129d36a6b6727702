package org.concurrency.lab.guide;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.concurrency.lab.guide.Markdown.Rendered;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lab's documents: GUIDE.md at {@code /guide}, README.md and docs/ at their own
 * paths, so that the guide's links to them work. A browser ({@code Accept: text/html})
 * gets a page of the lab; curl ({@code *}{@code /*}) and everyone else the Markdown.
 */
@RestController
@Tag(name = "lab")
class GuideController {

	private static final String MARKDOWN = "text/markdown;charset=UTF-8";

	private static final String HTML = "text/html;charset=UTF-8";

	private final LabDocuments documents;

	GuideController(LabDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/guide")
	@Operation(summary = "GUIDE.md, the lab's guide: Markdown, or a page of the lab for Accept: text/html",
			responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = MARKDOWN)))
	ResponseEntity<String> guide() {
		return markdown("GUIDE.md");
	}

	@GetMapping(path = "/guide", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> guidePage() {
		return page("GUIDE.md");
	}

	@GetMapping(path = "/guide/fragment", produces = HTML)
	@Operation(summary = "The guide as HTML without the page around it: the lab's page shows it in its guide panel")
	String guideFragment() {
		return rendered("GUIDE.md").html();
	}

	@GetMapping({ "/README.md", "/docs/{name}.md" })
	@Operation(
			summary = "README.md, or a page of docs/ (benchmarks, monitoring, architecture), as the guide links "
					+ "them: Markdown, or a page of the lab for Accept: text/html",
			responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = MARKDOWN)))
	ResponseEntity<String> doc(@PathVariable(required = false) @Nullable String name) {
		return markdown(file(name));
	}

	@GetMapping(path = { "/README.md", "/docs/{name}.md" }, produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> docPage(@PathVariable(required = false) @Nullable String name) {
		return page(file(name));
	}

	/** README.md, or docs/{@code name}.md. */
	private static String file(@Nullable String name) {
		return (name != null) ? "docs/" + name + ".md" : "README.md";
	}

	@GetMapping(path = "/docs/{name}.png", produces = MediaType.IMAGE_PNG_VALUE)
	@Operation(summary = "An image of docs/, as README.md shows it")
	byte[] image(@PathVariable String name) {
		return this.documents.bytes("docs/" + name + ".png").orElseThrow(() -> notFound("docs/" + name + ".png"));
	}

	private ResponseEntity<String> markdown(String file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(MARKDOWN))
			.body(this.documents.text(file).orElseThrow(() -> notFound(file)));
	}

	private ResponseEntity<String> page(String file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(HTML))
			.body(DocumentPage.of(file, rendered(file)));
	}

	private Rendered rendered(String file) {
		return this.documents.rendered(file).orElseThrow(() -> notFound(file));
	}

	private static ErrorResponseException notFound(String file) {
		return new ErrorResponseException(HttpStatus.NOT_FOUND,
				ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "This build of the lab carries no " + file),
				null);
	}

}
