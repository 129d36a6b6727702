package org.concurrency.lab.guide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GUIDE.md's Java listings against the files they are copied from (its first convention),
 * so that a listing that stops matching its source fails the build, naming the listing,
 * the file and the first line that differs.
 */
class GuideTests {

	private static final Path GUIDE = Path.of("GUIDE.md");

	private static final List<String> COUNTER = List.of("final class Counter {", "", "\tprivate long count;", "",
			"\tvoid increment() {", "\t\tlong read = this.count; // read", "\t\tthis.count = read + 1; // write", "\t}",
			"", "\tlong value() {", "\t\treturn this.count;", "\t}", "", "}");

	@Test
	void everyJavaBlockOfTheGuideShouldBeAListingThatMatchesItsFile() throws IOException {
		List<Block> java = blocks(Files.readString(GUIDE)).stream().filter(Block::java).toList();
		assertThat(java).as("the guide's Java blocks").hasSizeGreaterThanOrEqualTo(3);
		List<String> wrong = new ArrayList<>();
		for (Block block : java) {
			if (block.listing().isEmpty()) {
				wrong.add("GUIDE.md line " + block.fence() + ": a Java block with no <!-- listing: PATH --> before it");
				continue;
			}
			Path file = Path.of(block.listing().get().path());
			if (!Files.isRegularFile(file)) {
				wrong.add("GUIDE.md line " + block.fence() + ": the listing's file " + file + " does not exist");
				continue;
			}
			long shown = block.lines().stream().filter((line) -> !line.isBlank()).count();
			if (shown < 5 || shown > 20) {
				wrong.add("GUIDE.md line " + block.fence() + ": the listing of " + file + " has " + shown
						+ " lines, not 5 to 20");
			}
			ListingMatch
				.mismatch("GUIDE.md", block.fence() + 1, file.toString(), block.lines(), Files.readAllLines(file))
				.ifPresent(wrong::add);
		}
		assertThat(wrong).as("listings that do not match their files").isEmpty();
	}

	@Test
	void everyListingCommentOfTheGuideShouldComeRightBeforeAJavaBlock() throws IOException {
		List<Block> blocks = blocks(Files.readString(GUIDE));
		for (int i = 0; i < blocks.size(); i++) {
			if (blocks.get(i).comment()) {
				assertThat(i + 1 < blocks.size() && blocks.get(i + 1).java() && blocks.get(i + 1).listing().isPresent())
					.as("a Java block right after the listing comment at GUIDE.md line " + blocks.get(i).fence())
					.isTrue();
			}
		}
		assertThat(blocks).filteredOn(Block::comment).isNotEmpty();
	}

	@Test
	void aListingShouldMatchItsFileWhateverItsIndentationAndBlankLines() {
		List<String> listing = List.of("private long count;", "void increment() {", "",
				"    long read = this.count; // read", "    this.count = read + 1; // write", "}");
		assertThat(ListingMatch.mismatch("GUIDE.md", 10, "Counter.java", listing, COUNTER)).isEmpty();
		List<String> elided = List.of("final class Counter {", "// ...", "long value() {", "return this.count;");
		assertThat(ListingMatch.mismatch("GUIDE.md", 10, "Counter.java", elided, COUNTER)).isEmpty();
	}

	@Test
	void aListingWithAChangedLineShouldFailNamingTheListingTheFileAndTheLine() {
		List<String> changed = List.of("private long count;", "void increment() {", "    long read = count; // read",
				"    this.count = read + 1; // write", "}");
		assertThat(ListingMatch.mismatch("GUIDE.md", 10, "Counter.java", changed, COUNTER))
			.hasValueSatisfying((why) -> assertThat(why).contains("the listing of Counter.java at GUIDE.md line 10",
					"GUIDE.md line 12 «long read = count; // read»", "long read = this.count; // read", "(line 6)"));
	}

	@Test
	void aListingWhosePiecesAreOutOfOrderOrApartShouldFail() {
		List<String> reordered = List.of("long value() {", "// ...", "void increment() {");
		assertThat(ListingMatch.mismatch("GUIDE.md", 1, "Counter.java", reordered, COUNTER))
			.hasValueSatisfying((why) -> assertThat(why).contains("«void increment() {»", "after line 10"));
		List<String> apart = List.of("private long count;", "long value() {");
		assertThat(ListingMatch.mismatch("GUIDE.md", 1, "Counter.java", apart, COUNTER))
			.hasValueSatisfying((why) -> assertThat(why).contains("GUIDE.md line 2 «long value() {»"));
	}

	/** The guide's fenced blocks and listing comments, in order. */
	static List<Block> blocks(String markdown) {
		List<Block> blocks = new ArrayList<>();
		Parser.builder()
			.includeSourceSpans(IncludeSourceSpans.BLOCKS)
			.build()
			.parse(markdown)
			.accept(new AbstractVisitor() {
				@Override
				public void visit(FencedCodeBlock code) {
					Optional<Listing> listing = (code.getPrevious() instanceof HtmlBlock html)
							? Listing.of(html.getLiteral()) : Optional.empty();
					blocks.add(new Block(line(code), "java".equals(code.getInfo().strip()), false, listing,
							code.getLiteral().lines().toList()));
				}

				@Override
				public void visit(HtmlBlock html) {
					Listing.of(html.getLiteral())
						.ifPresent((listing) -> blocks
							.add(new Block(line(html), false, true, Optional.of(listing), List.of())));
				}
			});
		return blocks;
	}

	private static int line(org.commonmark.node.Node node) {
		return node.getSourceSpans().getFirst().getLineIndex() + 1;
	}

	/**
	 * A fenced block, or a listing comment.
	 *
	 * @param fence its first line in the document, from 1
	 * @param java whether it is a Java block
	 * @param comment whether it is a listing comment
	 * @param listing the listing comment right before it (or itself)
	 * @param lines the code
	 */
	record Block(int fence, boolean java, boolean comment, Optional<Listing> listing, List<String> lines) {
	}

}
