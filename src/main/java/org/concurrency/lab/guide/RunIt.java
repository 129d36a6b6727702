package org.concurrency.lab.guide;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A curl of an experiment in a shell block, {@code curl -X POST
 * localhost:8080/<topic>/<variant>}, with its JSON body after {@code -d '…'} if it has
 * one (GUIDE.md's convention): the page can open that experiment with that body.
 *
 * @param path the experiment's path, {@code /race-conditions/unsafe}
 * @param body the JSON body, or {@code null} for the defaults
 */
record RunIt(String path, @Nullable String body) {

	private static final Pattern CURL = Pattern.compile("\\s*(?:\\$\\s+)?curl\\s(?=.*-X\\s+POST\\s).*?"
			+ "(?<![\\w/.-])(?:https?://)?(?:localhost|127\\.0\\.0\\.1):8080(/[a-z0-9-]+/[a-z0-9-]+)(?![\\w/.-])(.*)");

	private static final Pattern BODY = Pattern.compile("(?:^|\\s)(?:-d|--data|--data-raw)\\s+'([^']*)'");

	/**
	 * The experiments a block of shell lines runs, one per curl; a line that ends in
	 * {@code \} goes on in the next.
	 */
	static List<RunIt> in(String code) {
		List<RunIt> found = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String part : code.lines().toList()) {
			if (part.endsWith("\\")) {
				line.append(part, 0, part.length() - 1).append(' ');
				continue;
			}
			line.append(part);
			Matcher curl = CURL.matcher(line);
			if (curl.matches()) {
				Matcher body = BODY.matcher(curl.group(2));
				found.add(new RunIt(curl.group(1), body.find() ? body.group(1) : null));
			}
			line.setLength(0);
		}
		return found;
	}

	/**
	 * The page's route to the experiment, its body in the query: {@code /#/t/v?body=…}.
	 */
	String href() {
		return "/#" + this.path
				+ ((this.body != null) ? "?body=" + URLEncoder.encode(this.body, StandardCharsets.UTF_8) : "");
	}

	/** {@code race-conditions/unsafe}, as the page names it. */
	String name() {
		return this.path.substring(1);
	}

}
