package org.concurrency.lab.guide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.jspecify.annotations.Nullable;

/**
 * The HTML of what the lab adds to Markdown: headings with their id and a link to
 * themselves, captioned listings and their pairs, the run-it links under a shell block,
 * and tables that scroll.
 */
final class MarkdownNodes implements NodeRenderer {

	private final HtmlNodeRendererContext context;

	private final HtmlWriter html;

	private final Map<Heading, String> ids;

	MarkdownNodes(HtmlNodeRendererContext context, Map<Heading, String> ids) {
		this.context = context;
		this.html = context.getWriter();
		this.ids = ids;
	}

	@Override
	public Set<Class<? extends Node>> getNodeTypes() {
		return Set.of(Heading.class, ListingNode.class, ListingPair.class, RunItBlock.class, Scroll.class);
	}

	@Override
	public void render(Node node) {
		this.html.line();
		switch (node) {
			case Heading heading -> heading(heading);
			case ListingNode listing -> listing(listing);
			case ListingPair pair -> block(pair, "div", "listing-pair");
			case RunItBlock block -> runIts(block);
			default -> block(node, "div", "table-scroll");
		}
		this.html.line();
	}

	private void heading(Heading heading) {
		String tag = "h" + heading.getLevel();
		String id = this.ids.getOrDefault(heading, "");
		this.html.tag(tag, attributes("id", id, "tabindex", "-1"));
		children(heading);
		this.html.text(" ");
		this.html.tag("a", attributes("class", "anchor", "href", "#" + id, "aria-label", "Link to this section"));
		this.html.text("#");
		this.html.tag("/a");
		this.html.tag("/" + tag);
	}

	private void listing(ListingNode node) {
		Listing listing = node.listing;
		this.html.tag("figure", attributes("class", "listing", "data-listing", listing.path()));
		this.html.tag("figcaption");
		if (node.source != null) {
			this.html.tag("a", attributes("class", "listing-file", "href", node.source, "title",
					listing.path() + ", in the code of the experiment that runs it"));
		}
		else {
			this.html.tag("span", attributes("class", "listing-file", "title", listing.path()));
		}
		this.html.text(listing.fileName());
		this.html.tag((node.source != null) ? "/a" : "/span");
		if (!listing.caption().isEmpty()) {
			this.html.tag("span", attributes("class", "listing-caption"));
			this.html.text(listing.caption());
			this.html.tag("/span");
		}
		this.html.tag("/figcaption");
		if (node.getFirstChild() instanceof FencedCodeBlock code) {
			this.html.tag("pre", attributes("class", "code"));
			this.html.tag("code", attributes("class", "language-java"));
			// the lines as the file has them, less the indentation they all share
			this.html.text(code.getLiteral().stripTrailing().stripIndent() + "\n");
			this.html.tag("/code");
			this.html.tag("/pre");
		}
		this.html.tag("/figure");
	}

	private void runIts(RunItBlock block) {
		this.html.tag("div", attributes("class", "runnable"));
		children(block);
		this.html.tag("ul", attributes("class", "run-its"));
		for (RunIt runIt : block.runIts) {
			this.html.tag("li");
			this.html.tag("a", attributes("class", "run-it", "href", runIt.href(), "data-experiment", runIt.path()));
			this.html.tag("span", attributes("aria-hidden", "true"));
			this.html.text("▶ ");
			this.html.tag("/span");
			this.html.text("Run it in the lab: ");
			this.html.tag("code");
			this.html.text(runIt.name());
			this.html.tag("/code");
			if (runIt.body() != null) {
				this.html.text(" with ");
				this.html.tag("code");
				this.html.text(runIt.body());
				this.html.tag("/code");
			}
			this.html.tag("/a");
			this.html.tag("/li");
		}
		this.html.tag("/ul");
		this.html.tag("/div");
	}

	private void block(Node node, String tag, String cssClass) {
		this.html.tag(tag, attributes("class", cssClass));
		children(node);
		this.html.tag("/" + tag);
	}

	private void children(Node node) {
		Node child = node.getFirstChild();
		while (child != null) {
			Node next = child.getNext();
			this.context.render(child);
			child = next;
		}
	}

	private static Map<String, String> attributes(String... pairs) {
		Map<String, String> attributes = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			attributes.put(pairs[i], pairs[i + 1]);
		}
		return attributes;
	}

	/** A Java listing: its code block, with the listing comment's file and caption. */
	static final class ListingNode extends CustomBlock {

		final Listing listing;

		final @Nullable String source;

		ListingNode(Listing listing, @Nullable String source) {
			this.listing = listing;
			this.source = source;
		}

	}

	/** Listings one right after the other: shown side by side where there is room. */
	static final class ListingPair extends CustomBlock {

	}

	/** A shell block and the experiments its curls run. */
	static final class RunItBlock extends CustomBlock {

		final List<RunIt> runIts;

		RunItBlock(List<RunIt> runIts) {
			this.runIts = runIts;
		}

	}

	/** A table that scrolls sideways on its own rather than the page. */
	static final class Scroll extends CustomBlock {

	}

}
