package org.concurrency.lab.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A listing against the file it is copied from, as GUIDE.md's first convention says: each
 * non-blank line, stripped of white space at both ends, equals the file's lines stripped
 * the same way, as one run (blank lines skipped on both sides); a line that is exactly
 * {@code // ...} elides, and the pieces it splits the listing into each are such a run of
 * the file, in the file's order.
 */
final class ListingMatch {

	static final String ELISION = "// ...";

	private ListingMatch() {
	}

	/**
	 * Empty if the listing matches, else why not: the listing, the file, and the first
	 * line of the listing that does not follow in the file.
	 * @param document the document the listing is in, such as {@code GUIDE.md}
	 * @param firstLine the document's line (from 1) of the listing's first line
	 * @param file the file it names
	 * @param lines the listing's lines
	 * @param source the file's lines
	 */
	static Optional<String> mismatch(String document, int firstLine, String file, List<String> lines,
			List<String> source) {
		String listing = "the listing of " + file + " at " + document + " line " + firstLine;
		List<Line> code = nonBlank(source);
		List<List<Line>> pieces = new ArrayList<>();
		pieces.add(new ArrayList<>());
		List<Line> shown = nonBlank(lines);
		if (shown.isEmpty()) {
			return Optional.of(listing + " is empty");
		}
		for (Line line : shown) {
			if (line.text().equals(ELISION)) {
				pieces.add(new ArrayList<>());
			}
			else {
				pieces.getLast().add(line);
			}
		}
		int from = 0;
		for (List<Line> piece : pieces) {
			if (piece.isEmpty()) {
				continue;
			}
			int best = from;
			int matched = -1;
			for (int at = from; at < code.size(); at++) {
				int length = 0;
				while (length < piece.size() && at + length < code.size()
						&& piece.get(length).text().equals(code.get(at + length).text())) {
					length++;
				}
				if (length == piece.size()) {
					matched = length;
					best = at;
					break;
				}
				if (length > matched) {
					matched = length;
					best = at;
				}
			}
			if (matched == piece.size()) {
				from = best + matched;
				continue;
			}
			Line wrong = piece.get(Math.max(matched, 0));
			String where = (matched <= 0)
					? "no line of " + file + ((from > 0) ? " after line " + code.get(from - 1).number() : "")
							+ " is that line"
					: file + " has «" + ((best + matched < code.size()) ? code.get(best + matched).text() : "(its end)")
							+ "» there (line "
							+ ((best + matched < code.size()) ? code.get(best + matched).number() : code.size())
							+ "), after «" + code.get(best + matched - 1).text() + "»";
			return Optional.of(listing + ": " + document + " line " + (firstLine + wrong.number() - 1) + " «"
					+ wrong.text() + "» does not match the file: " + where);
		}
		return Optional.empty();
	}

	private static List<Line> nonBlank(List<String> lines) {
		List<Line> kept = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String text = lines.get(i).strip();
			if (!text.isEmpty()) {
				kept.add(new Line(i + 1, text));
			}
		}
		return kept;
	}

	/** A non-blank line, stripped, and its number (from 1) in the listing or the file. */
	private record Line(int number, String text) {
	}

}
