package org.concurrency.lab.guide;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.concurrency.lab.guide.Markdown.Lab;
import org.concurrency.lab.guide.MarkdownNodes.ListingNode;
import org.concurrency.lab.guide.MarkdownNodes.ListingPair;
import org.concurrency.lab.guide.MarkdownNodes.RunItBlock;
import org.concurrency.lab.guide.MarkdownNodes.Scroll;

/**
 * A parsed document made ready for the lab: a listing comment and the block after it
 * become one captioned listing, listings one after the other a pair; a shell block's
 * curls of experiments become links that open them; a table scrolls on its own; and each
 * link works where the lab serves the page.
 */
final class MarkdownBlocks {

	private static final Set<String> SHELLS = Set.of("bash", "sh", "shell", "console", "");

	/** The lab as this guide names it: {@code http://localhost:8080/#/io-bound/…}. */
	private static final Pattern THE_LAB = Pattern.compile("https?://(?:localhost|127\\.0\\.0\\.1):8080(?=/|$)");

	private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

	private final Lab lab;

	private final String file;

	MarkdownBlocks(Lab lab, String file) {
		this.lab = lab;
		this.file = file;
	}

	void apply(Node document) {
		List<Node> found = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(HtmlBlock block) {
				found.add(block);
			}

			@Override
			public void visit(FencedCodeBlock block) {
				found.add(block);
			}

			@Override
			public void visit(Link link) {
				found.add(link);
				visitChildren(link);
			}

			@Override
			public void visit(Image image) {
				found.add(image);
			}

			@Override
			public void visit(CustomBlock block) {
				if (block instanceof TableBlock) {
					found.add(block);
				}
				visitChildren(block);
			}
		});
		for (Node node : found) {
			switch (node) {
				case HtmlBlock html -> listing(html);
				case Link link ->
					address(link.getDestination()).ifPresentOrElse(link::setDestination, () -> unwrap(link));
				case Image image ->
					address(image.getDestination()).ifPresentOrElse(image::setDestination, () -> unwrap(image));
				case TableBlock table -> wrap(table, new Scroll());
				default -> {
				}
			}
		}
		for (Node node : found) {
			if (node instanceof FencedCodeBlock code && !(code.getParent() instanceof ListingNode)) {
				runnable(code);
			}
		}
		for (Node node : found) {
			if (node.getParent() instanceof ListingNode listing) {
				pair(listing);
			}
		}
	}

	/**
	 * A listing comment and the code after it as one listing; any other comment dropped
	 * (other HTML is left, to be shown as text).
	 */
	private void listing(HtmlBlock html) {
		Optional<Listing> listing = Listing.of(html.getLiteral());
		if (listing.isPresent() && html.getNext() instanceof FencedCodeBlock code) {
			wrap(code, new ListingNode(listing.get(), this.lab.sourceOf(listing.get().path()).orElse(null)));
		}
		if (html.getLiteral().strip().startsWith("<!--")) {
			html.unlink();
		}
	}

	private void runnable(FencedCodeBlock code) {
		String info = code.getInfo().strip();
		String language = info.isEmpty() ? "" : info.split("\\s+")[0];
		if (!SHELLS.contains(language)) {
			return;
		}
		List<RunIt> runIts = RunIt.in(code.getLiteral())
			.stream()
			.flatMap((curl) -> this.lab.experiment(curl).stream())
			.toList();
		if (!runIts.isEmpty()) {
			wrap(code, new RunItBlock(runIts));
		}
	}

	/** The listing and those right after it in one pair, once, from the first. */
	private static void pair(ListingNode first) {
		if (first.getParent() instanceof ListingPair || first.getPrevious() instanceof ListingNode
				|| !(first.getNext() instanceof ListingNode)) {
			return;
		}
		ListingPair pair = new ListingPair();
		first.insertBefore(pair);
		Node next = first;
		while (next instanceof ListingNode listing) {
			next = listing.getNext();
			pair.appendChild(listing);
		}
	}

	private static void wrap(Node node, Node wrapper) {
		node.insertBefore(wrapper);
		wrapper.appendChild(node);
	}

	/** A link the lab cannot serve, shown as its text. */
	private static void unwrap(Node link) {
		Node child = link.getFirstChild();
		while (child != null) {
			Node next = child.getNext();
			link.insertBefore(child);
			child = next;
		}
		link.unlink();
	}

	/**
	 * Where a link of this document goes in the lab: the lab's own address without its
	 * host, a relative one to the file the lab serves for it, or empty if it serves none.
	 */
	Optional<String> address(String destination) {
		if (THE_LAB.matcher(destination).lookingAt()) {
			String path = THE_LAB.matcher(destination).replaceFirst("");
			return Optional.of(path.isEmpty() ? "/" : path);
		}
		if (destination.startsWith("#") || destination.startsWith("/") || SCHEME.matcher(destination).matches()) {
			return Optional.of(destination);
		}
		int hash = destination.indexOf('#');
		String path = (hash < 0) ? destination : destination.substring(0, hash);
		String fragment = (hash < 0) ? "" : destination.substring(hash);
		return resolve(this.file, path).flatMap(this.lab::addressOf).map((address) -> address + fragment);
	}

	/**
	 * {@code target} relative to the repository file {@code from}, within the repository.
	 */
	static Optional<String> resolve(String from, String target) {
		Deque<String> path = new ArrayDeque<>(List.of(from.split("/")));
		path.removeLast();
		for (String segment : target.split("/", -1)) {
			if (segment.equals("..")) {
				if (path.isEmpty()) {
					return Optional.empty();
				}
				path.removeLast();
			}
			else if (!segment.equals(".")) {
				path.addLast(segment);
			}
		}
		return Optional.of(String.join("/", path));
	}

}
