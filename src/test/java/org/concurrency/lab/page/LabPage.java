package org.concurrency.lab.page;

import org.concurrency.lab.LabServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.TestInfo;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The lab's page as a person uses it: choose an experiment in the list, fill in its form,
 * run it, read the report. Every wait is on a condition of the page, never a fixed sleep.
 */
final class LabPage {

	private final ChromeDriver driver;

	private final LabServer server;

	private final WebDriverWait wait;

	LabPage(ChromeDriver driver, LabServer server) {
		this.driver = driver;
		this.server = server;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(90));
	}

	/**
	 * A browser on {@code server}'s page; the test is skipped where no browser is
	 * installed.
	 */
	static LabPage inBrowser(LabServer server) {
		Browser.assumeInstalled();
		return new LabPage(Browser.start(), server);
	}

	/**
	 * Leaves a screenshot of the page named after {@code test} in
	 * {@code target/screenshots/}, then quits the browser; nothing for a skipped test.
	 */
	static void close(@Nullable LabPage page, TestInfo test) throws IOException {
		if (page == null) {
			return;
		}
		try {
			page.screenshot(Path.of("target", "screenshots", test.getTestMethod().orElseThrow().getName() + ".png"));
		}
		finally {
			page.driver().quit();
		}
	}

	ChromeDriver driver() {
		return this.driver;
	}

	/**
	 * Opens the lab at / (as a browser asks for it) with a route, and waits until it is
	 * ready.
	 */
	LabPage open(String hash) {
		this.driver.get(this.server.uri("/").toString() + hash);
		this.wait.until((d) -> "true".equals(find("body").getDomAttribute("data-ready")));
		return this;
	}

	/**
	 * Opens a document of the lab on its own page ({@code /guide}, {@code /README.md}),
	 * as a browser asks for it, and waits until it is ready.
	 */
	LabPage openDocument(String path) {
		this.driver.get(this.server.uri(path).toString());
		this.wait.until((d) -> "true".equals(find("body").getDomAttribute("data-ready")));
		return this;
	}

	/**
	 * Follows a link of the page within it, to a route such as
	 * {@code #/io-bound/compare}, and waits until the page has shown it.
	 */
	LabPage route(String hash) {
		Object set = script("location.hash = arguments[0]; return location.hash", hash);
		this.wait.until((d) -> set.equals(find("body").getDomAttribute("data-route")));
		return this;
	}

	/** Chooses an experiment in the side list, opening its topic first. */
	LabPage choose(String topic, String method) {
		WebElement group = find("details.topic[data-topic='" + topic + "']");
		if (group.getDomAttribute("open") == null) {
			group.findElement(By.tagName("summary")).click();
		}
		group.findElement(By.cssSelector("a[data-path='/" + topic + "/" + method + "']")).click();
		this.wait.until((d) -> find("#experiment-title").getText().equals(topic + " / " + method));
		return this;
	}

	LabPage set(String field, String value) {
		WebElement input = find(".fields [name='" + field + "']");
		input.clear();
		input.sendKeys(value);
		return this;
	}

	LabPage submit() {
		find(".run-button").click();
		return this;
	}

	/** Runs the chosen experiment and waits for its report. */
	WebElement run(String topic, String method) {
		submit();
		return report("[data-experiment='" + topic + "'][data-method='" + method + "']");
	}

	/** Waits for a drawn report matching the attribute selector. */
	WebElement report(String attributes) {
		return this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".reports .report" + attributes)));
	}

	/** Waits until the element has text, and answers it. */
	String textOf(String selector) {
		return this.wait.until((d) -> {
			String text = find(selector).getText();
			return text.isBlank() ? null : text;
		});
	}

	WebElement find(String selector) {
		return this.driver.findElement(By.cssSelector(selector));
	}

	List<WebElement> findAll(String selector) {
		return this.driver.findElements(By.cssSelector(selector));
	}

	<T> T await(Function<ChromeDriver, T> condition) {
		return this.wait.until((d) -> condition.apply(this.driver));
	}

	Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	/**
	 * The browser console's SEVERE entries since the last call, but those the test
	 * expects.
	 */
	List<String> consoleErrors(Predicate<String> expected) {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel() == Level.SEVERE)
			.map(LogEntry::getMessage)
			.filter(expected.negate())
			.toList();
	}

	/** The whole page, not only the window, as PNG. */
	void screenshot(Path file) throws IOException {
		Map<String, Object> metrics = this.driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		@SuppressWarnings("unchecked")
		Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height",
				Math.min(size.get("height").doubleValue(), 8000), "scale", 1);
		Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("captureBeyondViewport", true, "clip", clip));
		Files.createDirectories(file.getParent());
		Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
	}

}
