package org.concurrency.lab.guide;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import jakarta.validation.Validator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.concurrency.lab.experiment.Topic;
import org.concurrency.lab.experiment.Variant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lab's documents over a real port (the same lab as {@code RunsAndPageTests}, so one
 * context serves both): the guide as a page for a browser and as Markdown for curl, the
 * files it links, and each curl of the documents against the lab's own experiments.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lab.limits.concurrent-experiments=1", "lab.warm-up=false" })
class GuideControllerTests {

	private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private static HttpClient http;

	@LocalServerPort
	private int port;

	@Autowired
	private List<Topic> topics;

	@Autowired
	private JsonMapper json;

	@Autowired
	private Validator validator;

	@BeforeAll
	static void client() {
		http = HttpClient.newHttpClient();
	}

	@AfterAll
	static void closeClient() {
		http.close();
	}

	@Test
	void aBrowserShouldGetTheGuideAsAPageOfTheLabAndCurlItsMarkdown() throws Exception {
		HttpResponse<String> page = get("/guide", BROWSER);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(page.body()).startsWith("<!doctype html>")
			.contains("<link rel=\"stylesheet\" href=\"/lab/lab.css\">", "<a href=\"/\">Concurrency Lab</a>",
					"<a href=\"/swagger-ui\">Swagger UI</a>")
			.contains("<li><a href=\"#10-deadlock\">10. Deadlock</a></li>")
			.contains("<h2 id=\"3-tasks-that-wait-io-bound\" tabindex=\"-1\">");
		String markdown = Files.readString(Path.of("GUIDE.md")).strip();
		for (String accept : new String[] { "*/*", "text/markdown", "text/plain, */*;q=0.5", null }) {
			HttpResponse<String> raw = get("/guide", accept);
			assertThat(raw.statusCode()).as(accept).isEqualTo(200);
			assertThat(raw.headers().firstValue("Content-Type")).as(accept).hasValue("text/markdown;charset=UTF-8");
			assertThat(raw.body().strip()).as(accept).isEqualTo(markdown);
		}
		String docs = get("/v3/api-docs", "application/json").body();
		for (String path : List.of("/guide", "/README.md", "/docs/{name}.md")) {
			assertThat(JsonPath.<Map<String, Object>>read(docs, "$.paths['" + path + "'].get.responses.200.content"))
				.as(path)
				.containsOnlyKeys("text/markdown;charset=UTF-8", "text/html");
		}
	}

	@Test
	void thePagesGuidePanelShouldGetTheGuideWithoutThePage() throws Exception {
		HttpResponse<String> fragment = get("/guide/fragment", "text/html");
		assertThat(fragment.statusCode()).isEqualTo(200);
		assertThat(fragment.body()).startsWith("<h1 id=\"the-concurrency-lab-guide\"")
			.doesNotContain("<html", "<!doctype")
			.contains("<figure class=\"listing\"", "class=\"run-it\"");
	}

	@Test
	void theFilesTheGuideLinksShouldBeServedWhereItLinksThem() throws Exception {
		assertThat(get("/README.md", BROWSER).body()).contains("<h2 id=\"the-report\"");
		assertThat(get("/docs/benchmarks.md", BROWSER).body()).contains(" id=\"cpython-beside-the-lab\"");
		assertThat(get("/README.md", "*/*").body()).isEqualTo(Files.readString(Path.of("README.md")));
		assertThat(get("/docs/monitoring.md", "*/*").headers().firstValue("Content-Type"))
			.hasValue("text/markdown;charset=UTF-8");
		HttpResponse<byte[]> image = http.send(HttpRequest.newBuilder(uri("/docs/page.png")).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(image.body()).isEqualTo(Files.readAllBytes(Path.of("docs/page.png")));
		for (String missing : List.of("/docs/nothing.md", "/docs/nothing.png")) {
			HttpResponse<String> answer = get(missing, BROWSER);
			assertThat(answer.statusCode()).as(missing).isEqualTo(404);
		}
		assertThat(get("/docs/nothing.md", "*/*").headers().firstValue("Content-Type"))
			.hasValue("application/problem+json");
	}

	@Test
	void everyListingShouldLinkToCodeOfTheLabThatHoldsItsFile() throws Exception {
		String guide = get("/guide/fragment", "text/html").body();
		List<MatchResult> listings = Pattern
			.compile("<figure class=\"listing\" data-listing=\"src/(?:main|preview)/java/([^\"]+)\">"
					+ "<figcaption><a class=\"listing-file\" href=\"([^\"]+)\"")
			.matcher(guide)
			.results()
			.toList();
		// the engine's own code (experiment/) belongs to no experiment: its file is
		// named, not linked
		List<String> unlinked = Pattern
			.compile("<figure class=\"listing\" data-listing=\"src/main/java/([^\"]+)\">"
					+ "<figcaption><span class=\"listing-file\"")
			.matcher(guide)
			.results()
			.map((match) -> match.group(1))
			.toList();
		assertThat(unlinked).allSatisfy((file) -> assertThat(file).startsWith("org/concurrency/lab/experiment/"));
		assertThat(listings.size() + unlinked.size())
			.isEqualTo((int) GuideTests.blocks(Files.readString(Path.of("GUIDE.md")))
				.stream()
				.filter(GuideTests.Block::java)
				.count());
		for (MatchResult listing : listings) {
			assertThat(get(listing.group(2), "text/plain").body()).as(listing.group(2))
				.contains("// ===== " + listing.group(1) + " =====");
		}
		assertThat(listings).extracting((listing) -> listing.group(2))
			.contains("/experiments/race-conditions/unsafe/source",
					"/experiments/structured-concurrency/all-succeed/source");
	}

	@Test
	void aCurlWithTheSeedsNamesShouldOpenTheFormWithTheLabsNames() throws Exception {
		String guide = get("/guide/fragment", "text/html").body();
		// the guide's curl says {"num_threads": 10, "increments_per_thread": 1000}
		assertThat(guide).contains("href=\"/#/race-conditions/unsafe?body="
				+ java.net.URLEncoder.encode("{\"num_workers\":10,\"tasks_per_worker\":1000}", "UTF-8") + "\"");
	}

	/**
	 * Each curl of an experiment in GUIDE.md, README.md and docs/ names one the lab has,
	 * and its body reads as that experiment's request, as the lab reads it (an unknown
	 * field is an error), within the request's ranges.
	 */
	@Test
	void everyCurlOfTheDocumentsShouldNameAnExperimentOfTheLabAndABodyItsRequestReads() throws Exception {
		Map<String, Variant<?, ?>> experiments = this.topics.stream()
			.flatMap((topic) -> topic.variants().stream())
			.collect(Collectors.toMap(Topic::path, Function.identity()));
		List<String> wrong = new ArrayList<>();
		int curls = 0;
		int bodies = 0;
		for (Path document : documents()) {
			for (RunIt curl : curls(document)) {
				curls++;
				Variant<?, ?> variant = experiments.get(curl.path());
				if (variant == null) {
					wrong.add(document + ": the lab has no experiment " + curl.path());
				}
				else if (curl.body() != null) {
					bodies++;
					try {
						Object request = this.json.readValue(curl.body(), variant.bodyType());
						this.validator.validate(request)
							.forEach((violation) -> wrong.add(document + ": " + curl + ": "
									+ violation.getPropertyPath() + " " + violation.getMessage()));
					}
					catch (JacksonException ex) {
						wrong.add(document + ": " + curl + ": " + ex.getOriginalMessage());
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(curls).as("curls of experiments").isGreaterThan(60);
		assertThat(bodies).as("curls with a body").isGreaterThan(20);
	}

	/** A reader who follows the guide from top to bottom runs every experiment once. */
	@Test
	void theGuideShouldRunEveryExperimentOfTheLab() throws Exception {
		Set<String> run = curls(Path.of("GUIDE.md")).stream().map(RunIt::path).collect(Collectors.toSet());
		assertThat(this.topics.stream().flatMap((topic) -> topic.variants().stream()).map(Topic::path))
			.allSatisfy((path) -> assertThat(run).as("a run-it in GUIDE.md").contains(path));
	}

	private static List<Path> documents() throws IOException {
		try (Stream<Path> docs = Files.list(Path.of("docs"))) {
			return Stream
				.concat(Stream.of(Path.of("GUIDE.md"), Path.of("README.md")),
						docs.filter((file) -> file.toString().endsWith(".md")).sorted())
				.toList();
		}
	}

	/**
	 * The curls of experiments in a document's shell blocks, as the renderer reads them.
	 */
	private static List<RunIt> curls(Path document) throws IOException {
		List<RunIt> curls = new ArrayList<>();
		Parser.builder()
			.includeSourceSpans(IncludeSourceSpans.BLOCKS)
			.build()
			.parse(Files.readString(document))
			.accept(new AbstractVisitor() {
				@Override
				public void visit(FencedCodeBlock code) {
					if (Set.of("bash", "sh", "shell", "console", "").contains(code.getInfo().strip())) {
						curls.addAll(RunIt.in(code.getLiteral()));
					}
				}
			});
		return curls;
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (accept != null) {
			request.header("Accept", accept);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
