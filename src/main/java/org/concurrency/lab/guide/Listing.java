package org.concurrency.lab.guide;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GUIDE.md's listing comment, {@code <!-- listing: PATH | caption -->}, right before a
 * Java block copied from the file at {@code PATH} (the repository's path, such as
 * {@code src/main/java/org/concurrency/lab/racecondition/UnsafeCounter.java}).
 *
 * @param path the file the listing is copied from
 * @param caption what the text after {@code |} says of it (broken, fixed), or empty
 */
record Listing(String path, String caption) {

	private static final Pattern COMMENT = Pattern.compile("\\s*<!--\\s*listing:\\s*(.*?)\\s*-->\\s*", Pattern.DOTALL);

	/** The listing an HTML comment names, or empty if it is not one. */
	static Optional<Listing> of(String html) {
		Matcher matcher = COMMENT.matcher(html);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String named = matcher.group(1);
		int bar = named.indexOf('|');
		return (bar < 0) ? Optional.of(new Listing(named.strip(), ""))
				: Optional.of(new Listing(named.substring(0, bar).strip(), named.substring(bar + 1).strip()));
	}

	/** The file's name, as the caption shows it. */
	String fileName() {
		return this.path.substring(this.path.lastIndexOf('/') + 1);
	}

}
