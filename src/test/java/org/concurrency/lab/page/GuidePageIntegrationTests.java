package org.concurrency.lab.page;

import org.concurrency.lab.LabServer;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guide as a person reads it in a browser, against the lab started as users start it
 * ({@code java -jar}, so GUIDE.md, README.md and docs/ are the jar's): each listing
 * shown, each "run it" opening its experiment with its body, no link dead, and the page's
 * guide panel.
 */
class GuidePageIntegrationTests {

	private static LabServer server;

	private static HttpClient http;

	private LabPage page;

	@BeforeAll
	static void startLab() throws Exception {
		if (Browser.installed()) {
			server = LabServer.startJar();
			http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
		}
	}

	@AfterAll
	static void stopLab() throws Exception {
		if (server != null) {
			http.close();
			server.close();
		}
	}

	@BeforeEach
	void openBrowser() {
		this.page = LabPage.inBrowser(server);
	}

	@AfterEach
	void closeBrowser(TestInfo test) throws Exception {
		LabPage.close(this.page, test);
	}

	@Test
	void theGuideShouldShowEveryJavaListingOfGuideMdWithItsFile() throws Exception {
		this.page.openDocument("/guide");
		List<WebElement> listings = this.page.findAll("figure.listing");
		assertThat(listings).as("a listing per ```java block of GUIDE.md").hasSize(javaBlocks());
		for (WebElement listing : listings) {
			assertThat(listing.isDisplayed()).isTrue();
			assertThat(listing.findElement(By.cssSelector("pre code")).getText()).isNotBlank();
			assertThat(listing.findElement(By.cssSelector(".listing-file")).getText()).endsWith(".java")
				.isEqualTo(Path.of(listing.getDomAttribute("data-listing")).getFileName().toString());
		}
		// the broken one and the fixed one side by side, at 1280 px
		List<WebElement> pairs = this.page.findAll(".listing-pair");
		assertThat(pairs).isNotEmpty();
		for (WebElement each : pairs) {
			List<WebElement> pair = each.findElements(By.cssSelector(":scope > figure.listing"));
			assertThat(pair).hasSizeGreaterThanOrEqualTo(2);
			assertThat(pair.get(0).getRect().getY()).isEqualTo(pair.get(1).getRect().getY());
			assertThat(pair.get(0).getRect().getX()).isLessThan(pair.get(1).getRect().getX());
		}
		// each captioned with the comment's words after its path ("sequential: the waits
		// add up")
		assertThat(this.page.findAll(".listing-pair > figure.listing:first-child .listing-caption"))
			.extracting(WebElement::getText)
			.isNotEmpty()
			.allSatisfy((caption) -> assertThat(caption).isNotBlank())
			.contains("sequential: the waits add up");
		assertThat(this.page.find("nav.contents").getText()).contains("8. Race conditions");
		assertNoConsoleErrors();
	}

	@Test
	void everyRunItOfTheGuideShouldOpenItsExperimentWithItsBodyInTheForm() {
		this.page.openDocument("/guide");
		List<String> runIts = this.page.findAll("a.run-it").stream().map((a) -> a.getDomAttribute("href")).toList();
		assertThat(runIts).hasSizeGreaterThan(50).allSatisfy((href) -> assertThat(href).startsWith("/#/"));
		// the first as a person follows it, the rest within the lab's page
		this.page.find("a.run-it").click();
		this.page.await((d) -> "true".equals(this.page.find("body").getDomAttribute("data-ready")));
		int withBody = 0;
		for (String href : runIts) {
			String hash = href.substring(1);
			this.page.route(hash);
			String route = hash.contains("?") ? hash.substring(2, hash.indexOf('?')) : hash.substring(2);
			assertThat(this.page.find("#experiment-title").getText()).as(href).isEqualTo(route.replace("/", " / "));
			assertThat(this.page.find(".experiment").isDisplayed()).as(href).isTrue();
			if (hash.contains("?body=")) {
				withBody++;
				String body = URLDecoder.decode(hash.substring(hash.indexOf("?body=") + 6), StandardCharsets.UTF_8);
				Map<String, Object> fields = JsonPath.read(body, "$");
				fields.forEach((name,
						value) -> assertThat(this.page.find(".fields [name='" + name + "']").getDomProperty("value"))
							.as(href + ": " + name)
							.isEqualTo(shown(value)));
				assertThat(this.page.find(".form-note").getText()).as(href).contains("press Run");
			}
		}
		assertThat(withBody).isGreaterThan(20);
		assertThat(this.page.findAll(".reports .report")).as("nothing ran by itself").isEmpty();
		assertNoConsoleErrors();
	}

	@Test
	void aRunItWithABadBodyShouldShowTheDefaultsAndSaySo() {
		this.page.open("#/io-bound/virtual-threads");
		WebElement iterations = this.page.find(".fields [name='iterations']");
		String defaults = iterations.getDomAttribute("data-default");
		this.page.route("#/io-bound/virtual-threads?body=" + URLEncoder.encode("{not json", StandardCharsets.UTF_8));
		assertThat(iterations.getDomProperty("value")).isEqualTo(defaults);
		assertThat(this.page.find(".form-note").getText()).contains("not a JSON object");
		assertThat(this.page.find(".form-note").getDomAttribute("class")).contains("warn");
		this.page.route("#/io-bound/virtual-threads?body="
				+ URLEncoder.encode("{\"iterations\": 7, \"nope\": 1}", StandardCharsets.UTF_8));
		assertThat(iterations.getDomProperty("value")).isEqualTo("7");
		assertThat(this.page.find(".form-note").getText()).contains("nope");
		assertThat(this.page.find(".run-button").isEnabled()).isTrue();
		assertNoConsoleErrors();
	}

	/**
	 * Every link of the guide, and of the documents of the lab it links, leads somewhere:
	 * an anchor to an id of its page, a route of the lab's page to an experiment it has,
	 * every other address of the lab to a 200 (and its anchor to an id there).
	 */
	@Test
	void noLinkOfTheGuideOrOfTheDocumentsItLinksShouldBeDead() throws Exception {
		Set<String> experiments = new HashSet<>(
				JsonPath.read(get("/experiments", "application/json").body(), "$.topics[*].experiments[*].path"));
		Deque<String> documents = new ArrayDeque<>(List.of("/guide"));
		Set<String> read = new HashSet<>();
		Map<String, HttpResponse<String>> fetched = new HashMap<>();
		List<String> dead = new ArrayList<>();
		int checked = 0;
		while (!documents.isEmpty()) {
			String document = documents.pop();
			if (!read.add(document)) {
				continue;
			}
			this.page.openDocument(document);
			Set<String> ids = ids();
			@SuppressWarnings("unchecked")
			List<List<String>> links = (List<List<String>>) this.page.script(
					"return [...document.querySelectorAll('a[href], img[src]')].map((a) => [a.getAttribute('href') ?? a.getAttribute('src'), a.href ?? a.src])");
			for (List<String> link : links) {
				checked++;
				String written = link.get(0);
				URI target = URI.create(link.get(1));
				String where = document + ": " + written;
				if (written.startsWith("#")) {
					if (!ids.contains(URLDecoder.decode(written.substring(1), StandardCharsets.UTF_8))) {
						dead.add(where + " (no such id on the page)");
					}
				}
				else if (!server.uri("/").getAuthority().equals(target.getAuthority())) {
					if (!target.getScheme().startsWith("http")) {
						dead.add(where + " (not a web address)");
					}
				}
				else if (target.getPath().equals("/") && target.getRawFragment() != null
						&& target.getRawFragment().startsWith("/")) {
					String route = target.getRawFragment().replaceFirst("\\?.*", "");
					if (!experiments.contains(route)) {
						dead.add(where + " (the lab's page has no experiment " + route + ")");
					}
				}
				else {
					HttpResponse<String> answer = fetched.computeIfAbsent(target.getPath(),
							(path) -> get(path, "text/html,*/*;q=0.8"));
					if (answer.statusCode() != 200) {
						dead.add(where + " (" + answer.statusCode() + ")");
					}
					else if (target.getFragment() != null
							&& !answer.body().contains(" id=\"" + target.getFragment() + "\"")) {
						dead.add(where + " (no id " + target.getFragment() + " there)");
					}
					if (answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html")
							&& answer.body().contains("class=\"document-page\"")) {
						documents.add(target.getPath());
					}
				}
			}
		}
		assertThat(dead).isEmpty();
		assertThat(read).contains("/guide", "/README.md", "/docs/benchmarks.md");
		assertThat(checked).isGreaterThan(200);
		assertNoConsoleErrors();
	}

	@Test
	void everyTopicShouldLinkToItsChapterOfTheGuide() {
		List<Map<String, String>> topics = JsonPath.read(get("/experiments", "application/json").body(),
				"$.topics[*]['topic','guide']");
		this.page.openDocument("/guide");
		Set<String> chapters = this.page.findAll("main h2[id]")
			.stream()
			.map((heading) -> heading.getDomAttribute("id"))
			.collect(Collectors.toSet());
		assertThat(topics).hasSize(16).allSatisfy((topic) -> {
			assertThat(topic.get("guide")).as(topic.get("topic")).startsWith("/guide#");
			assertThat(chapters).as(topic.get("topic")).contains(topic.get("guide").substring("/guide#".length()));
		});
		// the lab's page links the same chapter, in its guide panel
		this.page.open("#/race-conditions/unsafe");
		String chapter = topics.stream()
			.filter((topic) -> topic.get("topic").equals("race-conditions"))
			.findFirst()
			.orElseThrow()
			.get("guide");
		assertThat(this.page.find(".topic-guide").getDomAttribute("href"))
			.isEqualTo("#/guide/" + chapter.substring("/guide#".length()));
		assertNoConsoleErrors();
	}

	@Test
	void theGuidePanelShouldShowTheRenderedGuideAndItsRunItsOpenTheirExperiment() throws Exception {
		this.page.open("#/guide/locks-and-why-javas-are-reentrant");
		WebElement heading = this.page
			.await((d) -> this.page.findAll(".guide-text [id='locks-and-why-javas-are-reentrant']")
				.stream()
				.filter(WebElement::isDisplayed)
				.findFirst()
				.orElse(null));
		Object top = this.page.script("return arguments[0].getBoundingClientRect().top", heading);
		assertThat(((Number) top).doubleValue()).isBetween(-1.0, 900.0);
		assertThat(this.page.findAll(".guide-text figure.listing")).hasSize(javaBlocks());
		assertThat(this.page.findAll(".guide-text figure.listing code .keyword")).as("highlighted").isNotEmpty();
		@SuppressWarnings("unchecked")
		List<String> anchors = (List<String>) this.page.script(
				"return [...document.querySelectorAll('.guide-text a[href^=\"#\"]')].map((a) => a.getAttribute('href'))");
		assertThat(anchors).as("the guide's anchors, as routes of the page")
			.hasSizeGreaterThan(40)
			.allSatisfy((href) -> assertThat(href).startsWith("#/guide/"));
		WebElement rlock = this.page.find(".guide-text a.run-it[data-experiment='/race-conditions/rlock']");
		this.page.script("arguments[0].scrollIntoView({block: 'center'})", rlock);
		rlock.click();
		this.page.await((d) -> this.page.find("#experiment-title").getText().equals("race-conditions / rlock"));
		this.page.await((d) -> "4".equals(this.page.find(".fields [name='num_workers']").getDomProperty("value")));
		assertThat(this.page.find(".guide").isDisplayed()).isFalse();
		assertNoConsoleErrors();
	}

	/** The number of ```java blocks in GUIDE.md. */
	private static int javaBlocks() throws Exception {
		int[] count = { 0 };
		Parser.builder().build().parse(Files.readString(Path.of("GUIDE.md"))).accept(new AbstractVisitor() {
			@Override
			public void visit(FencedCodeBlock code) {
				count[0] += "java".equals(code.getInfo().strip()) ? 1 : 0;
			}
		});
		return count[0];
	}

	@SuppressWarnings("unchecked")
	private Set<String> ids() {
		return new HashSet<>((List<String>) this.page
			.script("return [...document.querySelectorAll('[id]')].map((element) => element.id)"));
	}

	/** A JSON value as the form shows it. */
	private static String shown(Object value) {
		if (value instanceof List<?> items) {
			return items.stream().map(GuidePageIntegrationTests::shown).collect(Collectors.joining(", "));
		}
		return (value instanceof Number number) ? new BigDecimal(number.toString()).stripTrailingZeros().toPlainString()
				: String.valueOf(value);
	}

	private void assertNoConsoleErrors() {
		assertThat(this.page.consoleErrors((message) -> false)).as("SEVERE entries in the browser's console").isEmpty();
	}

	private static HttpResponse<String> get(String path, String accept) {
		try {
			return http.send(HttpRequest.newBuilder(server.uri(path)).header("Accept", accept).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(path, ex);
		}
	}

}
