package org.concurrency.lab.guide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The lab's Markdown as HTML, on small documents and on GUIDE.md itself, with a lab that
 * has one experiment ({@code race-conditions/unsafe}) and serves README.md and docs/.
 */
class MarkdownTests {

	private static final Markdown.Lab LAB = new Markdown.Lab() {

		@Override
		public Optional<RunIt> experiment(RunIt curl) {
			return curl.path().equals("/race-conditions/unsafe") ? Optional.of(curl) : Optional.empty();
		}

		@Override
		public Optional<String> sourceOf(String file) {
			return file.endsWith("UnsafeCounter.java") ? Optional.of("/experiments/race-conditions/unsafe/source")
					: Optional.empty();
		}

		@Override
		public Optional<String> addressOf(String file) {
			return Set.of("GUIDE.md", "README.md", "docs/benchmarks.md").contains(file)
					? Optional.of(LabDocuments.addressOf(file)) : Optional.empty();
		}

	};

	private final Markdown markdown = new Markdown(LAB);

	@Test
	void headingsShouldHaveTheIdsGitHubGivesThemAsTheGuidesContentsLinkThem() throws IOException {
		String html = this.markdown.render("GUIDE.md", Files.readString(Path.of("GUIDE.md"))).html();
		Set<String> ids = matches(html, "\\sid=\"([^\"]+)\"");
		assertThat(ids).contains("3-tasks-that-wait-io-bound",
				"19-concurrent-patterns-pipeline-fan-outfan-in-actors-worker-pool-cache",
				"values-for-a-call-structured-concurrencyscoped-values");
		Set<String> anchors = matches(html, "href=\"#([^\"]+)\"");
		assertThat(anchors).hasSizeGreaterThan(40);
		assertThat(ids).as("the heading ids the guide's own links name").containsAll(anchors);
	}

	@Test
	void theSameHeadingTwiceShouldGetASecondId() {
		String html = render("## Exercise\n\ntext\n\n## Exercise\n");
		assertThat(html).contains("<h2 id=\"exercise\" tabindex=\"-1\">Exercise")
			.contains("<h2 id=\"exercise-1\"")
			.contains("<a class=\"anchor\" href=\"#exercise\"");
	}

	@Test
	void aListingShouldDropTheIndentationAllItsLinesShare() {
		String html = render("""
				<!-- listing: src/main/java/org/concurrency/lab/racecondition/LockCounter.java -->
				```java
				\t\tthis.lock.lockInterruptibly();
				\t\ttry {
				\t\t\tlong read = this.count; // read
				```
				""");
		assertThat(html).contains("<code class=\"language-java\">this.lock.lockInterruptibly();\ntry {\n"
				+ "\tlong read = this.count; // read\n</code>");
	}

	@Test
	void aListingShouldBeCaptionedWithItsFileAndTwoInARowShownAsAPair() {
		String html = render("""
				<!-- listing: src/main/java/org/concurrency/lab/racecondition/UnsafeCounter.java | broken -->
				```java
				long read = this.count; // read
				```

				<!-- listing: src/main/java/org/concurrency/lab/racecondition/LockCounter.java | fixed -->
				```java
				this.lock.lockInterruptibly();
				```

				Then a word.

				<!-- listing: src/main/java/org/concurrency/lab/racecondition/Counter.java -->
				```java
				long value();
				```
				""");
		assertThat(html).doesNotContain("&lt;!--", "<!--");
		assertThat(html).containsOnlyOnce("<div class=\"listing-pair\">");
		assertThat(html.indexOf("listing-pair")).isLessThan(html.indexOf("UnsafeCounter.java"));
		assertThat(html).contains("<a class=\"listing-file\" href=\"/experiments/race-conditions/unsafe/source\"")
			.contains(">UnsafeCounter.java</a><span class=\"listing-caption\">broken</span>")
			.contains(
					"<span class=\"listing-file\" title=\"src/main/java/org/concurrency/lab/racecondition/LockCounter.java\">LockCounter.java</span>")
			.contains(
					"<pre class=\"code\"><code class=\"language-java\">long read = this.count; // read\n</code></pre>");
		// the third stands alone, after the pair
		String afterPair = html.substring(html.indexOf("Then a word."));
		assertThat(afterPair).contains("data-listing=\"src/main/java/org/concurrency/lab/racecondition/Counter.java\"")
			.doesNotContain("listing-pair");
		assertThat(html.split("<figure class=\"listing\"")).hasSize(4);
	}

	@Test
	void aCurlOfAnExperimentShouldBecomeALinkThatOpensItWithItsBody() {
		String html = render("""
				```bash
				curl -X POST localhost:8080/race-conditions/unsafe
				curl -X POST localhost:8080/race-conditions/unsafe -H 'Content-Type: application/json' \\
				  -d '{"num_workers": 4}'
				curl -X POST localhost:8080/no-such/experiment
				curl localhost:8080/runs/abc/trace
				```

				```json
				curl -X POST localhost:8080/race-conditions/unsafe
				```
				""");
		assertThat(html).contains("<a class=\"run-it\" href=\"/#/race-conditions/unsafe\"")
			.contains("href=\"/#/race-conditions/unsafe?body=%7B%22num_workers%22%3A+4%7D\"")
			.contains(
					"Run it in the lab: <code>race-conditions/unsafe</code> with <code>{&quot;num_workers&quot;: 4}</code>");
		assertThat(html.split("class=\"run-it\"")).as("two run-its, for the two curls of an experiment").hasSize(3);
	}

	@Test
	void curlsShouldBeReadWhateverTheirOtherFlags() {
		assertThat(RunIt.in("""
				$ curl -s -X POST localhost:8080/io-bound/virtual-threads -H 'Content-Type: application/json' \\
				  -d '{"iterations": 3}' | jq .note
				curl -N -X POST http://localhost:8080/io-bound/compare -H 'Accept: text/event-stream'
				curl -X POST localhost:8080/io-bound/virtual-threads/more
				curl -o trace.json localhost:8080/runs/x/trace
				curl localhost:8080/experiments
				""")).containsExactly(new RunIt("/io-bound/virtual-threads", "{\"iterations\": 3}"),
				new RunIt("/io-bound/compare", null));
	}

	@Test
	void rawHtmlShouldBeShownAsTextNeverPassedThrough() {
		String html = render("""
				<script>alert(1)</script>

				Text with <b onclick="x()">inline</b> HTML and [a link](javascript:alert(1)).

				<!-- a comment nobody sees -->
				""");
		assertThat(html).doesNotContain("<script", "<b ", "javascript:", "comment nobody sees")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("&lt;b onclick=&quot;x()&quot;&gt;");
	}

	@Test
	void linksShouldLeadWhereTheLabServesWhatTheyName() {
		String html = this.markdown.render("docs/monitoring.md", """
				[the page](http://localhost:8080/#/io-bound/compare), <http://localhost:8080/>,
				[benchmarks](benchmarks.md#cpython-beside-the-lab), [readme](../README.md#the-report),
				[guide](../GUIDE.md#10-deadlock), [the Dockerfile](../Dockerfile), [outside](../../x.md),
				[PEP 703](https://peps.python.org/pep-0703/), [here](#a-heading)
				""").html();
		assertThat(html).contains("<a href=\"/#/io-bound/compare\">the page</a>")
			.contains("<a href=\"/\">http://localhost:8080/</a>")
			.contains("<a href=\"/docs/benchmarks.md#cpython-beside-the-lab\">benchmarks</a>")
			.contains("<a href=\"/README.md#the-report\">readme</a>")
			.contains("<a href=\"/guide#10-deadlock\">guide</a>")
			.contains(", the Dockerfile, outside,")
			.contains("<a rel=\"noopener\" href=\"https://peps.python.org/pep-0703/\">PEP 703</a>")
			.contains("<a href=\"#a-heading\">here</a>");
	}

	@Test
	void tablesShouldBeTablesThatScrollOnTheirOwn() {
		assertThat(render("| a | b |\n|---|---|\n| 1 | 2 |\n")).contains("<div class=\"table-scroll\">\n<table>")
			.contains("<td>1</td>");
	}

	@Test
	void theChaptersShouldBeTheSecondLevelHeadingsWithTheirLines() {
		Markdown.Rendered rendered = this.markdown.render("GUIDE.md",
				"# Title\n\n## One\n\ntext\n\n### Sub\n\n## Two\n");
		assertThat(rendered.chapters()).extracting(Markdown.Section::id, Markdown.Section::line)
			.containsExactly(tuple("one", 2), tuple("two", 8));
		assertThat(DocumentPage.of("GUIDE.md", rendered)).contains("<title>Title · Concurrency Lab</title>")
			.contains("<li><a href=\"#one\">One</a></li>")
			.contains("href=\"/lab/lab.css\"", "<a href=\"/\">", "<a href=\"/swagger-ui\">");
	}

	private String render(String markdown) {
		return this.markdown.render("GUIDE.md", markdown).html();
	}

	private static Set<String> matches(String text, String regex) {
		return Pattern.compile(regex)
			.matcher(text)
			.results()
			.map((match) -> match.group(1))
			.collect(Collectors.toSet());
	}

}
