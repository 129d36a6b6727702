package org.concurrency.lab.page;

import org.concurrency.lab.LabServer;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lab's page in a real browser, against the lab started as users start it
 * ({@code java -jar}, once for the class): what a person sees after choosing, running and
 * reopening experiments. Every test also finds no error in the browser's console and
 * leaves a screenshot in {@code target/screenshots/}.
 */
class LabPageIntegrationTests {

	private static LabServer server;

	private LabPage page;

	@BeforeAll
	static void startLab() throws Exception {
		if (Browser.installed()) {
			server = LabServer.startJar();
		}
	}

	@AfterAll
	static void stopLab() throws Exception {
		if (server != null) {
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
	void runningVirtualThreadsShouldDrawOneBarPerTaskColouredByItsCarrier() {
		this.page.open("").choose("io-bound", "virtual-threads");
		assertThat(this.page.driver().getCurrentUrl()).endsWith("#/io-bound/virtual-threads");
		WebElement report = this.page.set("iterations", "50").run("io-bound", "virtual-threads");
		List<WebElement> bars = report.findElements(By.cssSelector("rect.task"));
		assertThat(bars).hasSize(50);
		Map<String, String> legend = report.findElements(By.cssSelector("[data-legend-carrier]"))
			.stream()
			.collect(Collectors.toMap((item) -> item.getDomAttribute("data-legend-carrier"),
					(item) -> item.getDomAttribute("data-color")));
		assertThat(bars).allSatisfy((bar) -> {
			String carrier = bar.getDomAttribute("data-carrier");
			assertThat(carrier).startsWith("ForkJoinPool");
			assertThat(bar.getDomAttribute("fill")).isNotBlank().isEqualTo(legend.get(carrier));
		});
		assertThat(bars.stream().map((bar) -> bar.getDomAttribute("data-task")).distinct()).hasSize(50);
		assertNoConsoleErrors();
	}

	@Test
	void aDeadlockShouldShowTwoWorkersBlockedOrWaitingInTheirStateLanes() {
		WebElement report = this.page.open("#/deadlocks/demonstrate").run("deadlocks", "demonstrate");
		Set<String> stuck = report
			.findElements(By.cssSelector("rect.state[data-state='BLOCKED'], rect.state[data-state='WAITING']"))
			.stream()
			.map((span) -> span.getDomAttribute("data-worker"))
			.collect(Collectors.toSet());
		assertThat(stuck).hasSizeGreaterThanOrEqualTo(2);
		assertThat(report.findElements(By.cssSelector("g.state-lane"))).hasSizeGreaterThanOrEqualTo(2);
		assertNoConsoleErrors();
	}

	@Test
	void aLitmusTestShouldDrawEveryOutcomeWithItsGradeAndCount() {
		WebElement report = this.page.open("#/memory-model/store-buffering")
			.set("budget_ms", "300")
			.run("memory-model", "store-buffering");
		List<WebElement> rows = report.findElements(By.cssSelector("table.histogram tr[data-outcome]"));
		assertThat(rows).extracting((row) -> row.getDomAttribute("data-outcome"))
			.containsExactlyInAnyOrder("0, 0", "0, 1", "1, 0", "1, 1");
		long counted = 0;
		for (WebElement row : rows) {
			assertThat(row.findElement(By.cssSelector(".grade")).getText()).isIn("acceptable", "forbidden",
					"interesting");
			assertThat(row.findElements(By.cssSelector(".bar"))).hasSize(1);
			counted += Long.parseLong(row.findElement(By.cssSelector(".count")).getText().replaceAll("[^0-9]", ""));
		}
		// two actors ran for 300 ms: far more than a thousand samples, each counted once
		assertThat(counted).isGreaterThan(1000);
		assertThat(report.findElement(By.cssSelector("tr[data-outcome='1, 1'] .grade")).getText())
			.isEqualTo("acceptable");
		assertNoConsoleErrors();
	}

	@Test
	void aBadValueShouldBeNamedBesideItsField() {
		this.page.open("#/io-bound/virtual-threads").set("iterations", "-1").submit();
		assertThat(this.page.textOf("[data-error-for='iterations']")).contains("-1");
		assertThat(this.page.find(".fields [name='iterations']").getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(this.page.textOf(".problem")).isNotBlank();
		this.page.set("iterations", "100000000").submit();
		this.page.await((d) -> this.page.find("[data-error-for='iterations']").getText().contains("100000000"));
		assertThat(this.page.textOf("[data-error-for='iterations']")).contains("lab.limits.waiting-tasks");
		assertThat(this.page.findAll(".reports .report")).isEmpty();
		// the lab's 400 answers, which Chrome logs as failed loads, and nothing else
		assertNoConsoleErrors(
				(message) -> message.contains("/io-bound/virtual-threads") && message.contains("status of 400"));
	}

	@Test
	void aRunReopenedFromTheHistoryShouldBeDrawnAgain() throws Exception {
		String runId = runOverHttp("/deadlocks/demonstrate");
		this.page.open("");
		WebElement entry = this.page.await((d) -> this.page.findAll(".history-run[data-run-id='" + runId + "'] a.run")
			.stream()
			.findFirst()
			.orElse(null));
		entry.sendKeys(Keys.ENTER);
		WebElement report = this.page.report("[data-run-id='" + runId + "']");
		assertThat(report.findElement(By.cssSelector(".run-id")).getText()).contains(runId);
		assertThat(report.findElements(By.cssSelector("rect.state"))).isNotEmpty();
		assertThat(this.page.driver().getCurrentUrl()).endsWith("#/runs/" + runId);
		assertNoConsoleErrors();
	}

	@Test
	void twoRunsPickedInTheHistoryShouldBeShownSideBySide() throws Exception {
		String first = runOverHttp("/deadlocks/demonstrate");
		String second = runOverHttp("/deadlocks/prevent");
		this.page.open("");
		for (String runId : List.of(first, second)) {
			this.page
				.await((d) -> this.page.findAll(".history-run[data-run-id='" + runId + "'] input.pick")
					.stream()
					.findFirst()
					.orElse(null))
				.click();
		}
		this.page.find(".side-by-side").click();
		this.page.await((d) -> this.page.findAll(".reports.pair .report").size() == 2);
		assertThat(this.page.findAll(".reports.pair .report"))
			.extracting((report) -> report.getDomAttribute("data-run-id"))
			.containsExactlyInAnyOrder(first, second);
		assertNoConsoleErrors();
	}

	@Test
	void aBarShouldTellWhatItIsOnFocusAndArrowsShouldMoveToTheNext() {
		WebElement report = this.page.open("#/io-bound/virtual-threads")
			.set("iterations", "5")
			.set("delay", "0.1")
			.run("io-bound", "virtual-threads");
		WebElement first = report.findElement(By.cssSelector("rect.task[data-task='0']"));
		assertThat(first.getDomAttribute("tabindex")).isEqualTo("0");
		this.page.script("arguments[0].focus()", first);
		assertThat(this.page.textOf("#tooltip")).contains("task 0").contains("carrier ForkJoinPool");
		new Actions(this.page.driver()).sendKeys(Keys.ARROW_RIGHT).perform();
		this.page.await((d) -> "1".equals(d.switchTo().activeElement().getDomAttribute("data-task")));
		assertThat(this.page.textOf("#tooltip")).contains("task 1");
		assertNoConsoleErrors();
	}

	@Test
	void theGuideLinkShouldOpenTheTopicsChapter() {
		this.page.open("#/io-bound/virtual-threads");
		String href = this.page.find(".topic-guide").getDomAttribute("href");
		assertThat(href).startsWith("#/guide/");
		this.page.find(".topic-guide").click();
		String id = href.substring("#/guide/".length());
		this.page.await((d) -> this.page.findAll("[id='" + id + "']").stream().anyMatch(WebElement::isDisplayed));
		Object top = this.page.script("return document.getElementById(arguments[0]).getBoundingClientRect().top", id);
		assertThat(((Number) top).doubleValue()).isBetween(-1.0, 900.0);
		assertNoConsoleErrors();
	}

	@Test
	void atPhoneWidthTheReportShouldFitWithoutScrollingSideways() {
		this.page.driver().manage().window().setSize(new Dimension(390, 844));
		this.page.open("#/deadlocks/demonstrate").run("deadlocks", "demonstrate");
		Object overflow = this.page.script("return document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
		assertNoConsoleErrors();
	}

	@Test
	void theThemeToggleShouldSwitchToDark() {
		this.page.open("");
		Object light = this.page.script("return getComputedStyle(document.body).backgroundColor");
		this.page.find(".theme-toggle").click();
		assertThat(this.page.find(".theme-toggle").getDomAttribute("aria-pressed")).isEqualTo("true");
		assertThat(this.page.script("return document.documentElement.dataset.theme")).isEqualTo("dark");
		assertThat(this.page.script("return getComputedStyle(document.body).backgroundColor")).isNotEqualTo(light);
		assertNoConsoleErrors();
	}

	private void assertNoConsoleErrors() {
		assertNoConsoleErrors((message) -> false);
	}

	private void assertNoConsoleErrors(Predicate<String> expected) {
		assertThat(this.page.consoleErrors(expected)).as("SEVERE entries in the browser's console").isEmpty();
	}

	/** Runs an experiment with its defaults, as curl would, and answers its run_id. */
	private static String runOverHttp(String path) throws Exception {
		try (HttpClient http = HttpClient.newHttpClient()) {
			HttpResponse<String> answer = http.send(HttpRequest.newBuilder(server.uri(path))
				.timeout(Duration.ofSeconds(60))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).isEqualTo(200);
			return JsonPath.read(answer.body(), "$.run_id");
		}
	}

}
