package org.concurrency.lab.page;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's chromium driven through its chromium-driver, both named by path so that
 * Selenium Manager is never asked to find (or download) anything. Without them the
 * browser tests are skipped, unless {@code CI=true}: there a missing browser fails the
 * build.
 */
final class Browser {

	static final String CHROMIUM = System.getProperty("lab.chromium", "/usr/bin/chromium");

	static final String CHROMEDRIVER = System.getProperty("lab.chromedriver", "/usr/bin/chromedriver");

	private Browser() {
	}

	/**
	 * Whether the browser and its driver are here; on CI ({@code CI=true}) they must be.
	 */
	static boolean installed() {
		Optional<String> missing = missing();
		if (missing.isPresent() && "true".equals(System.getenv("CI"))) {
			Assertions.fail("The browser tests cannot run on CI: " + missing.get());
		}
		missing.ifPresent((why) -> System.err.println(skipped(why)));
		return missing.isEmpty();
	}

	/** Skips the calling test when the browser or its driver is missing. */
	static void assumeInstalled() {
		missing().ifPresent((why) -> Assumptions.abort(skipped(why)));
	}

	private static String skipped(String why) {
		return "The browser tests were skipped: " + why
				+ " (install Debian's chromium and chromium-driver to run them)";
	}

	private static Optional<String> missing() {
		for (String program : new String[] { CHROMIUM, CHROMEDRIVER }) {
			if (!Files.isExecutable(Path.of(program))) {
				return Optional.of("no executable " + program);
			}
		}
		return Optional.empty();
	}

	/**
	 * A headless chromium of 1280 × 900 that keeps its console log for the test to read.
	 */
	static ChromeDriver start() {
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		// the lab's page only: no first-run pages, no translation, no background traffic
		options.setExperimentalOption("prefs", Map.of("translate.enabled", false));
		options.addArguments("--no-first-run", "--disable-background-networking", "--disable-component-update");
		return new ChromeDriver(service, options);
	}

}
