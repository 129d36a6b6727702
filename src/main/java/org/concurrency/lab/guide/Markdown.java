package org.concurrency.lab.guide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The lab's Markdown as HTML, with CommonMark and GitHub's tables. Raw HTML is shown as
 * text, never passed through, but for the listing comments, which become captions;
 * headings get GitHub's ids (the heading-anchor extension's {@link IdGenerator}, as
 * GUIDE.md's own contents link them); links are made to work in the lab
 * ({@link MarkdownBlocks}).
 */
final class Markdown {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private final Parser parser = Parser.builder()
		.extensions(EXTENSIONS)
		.includeSourceSpans(IncludeSourceSpans.BLOCKS)
		.build();

	private final Lab lab;

	Markdown(Lab lab) {
		this.lab = lab;
	}

	/** {@code file} (its repository path, for its relative links) rendered. */
	Rendered render(String file, String text) {
		Node document = this.parser.parse(text);
		Map<Heading, String> ids = ids(document);
		List<Section> chapters = new ArrayList<>();
		ids.forEach((heading, id) -> chapters.add(new Section(heading.getLevel(), id, textOf(heading),
				heading.getSourceSpans().isEmpty() ? 0 : heading.getSourceSpans().getFirst().getLineIndex())));
		new MarkdownBlocks(this.lab, file).apply(document);
		HtmlRenderer renderer = HtmlRenderer.builder()
			.extensions(EXTENSIONS)
			.escapeHtml(true)
			.sanitizeUrls(true)
			.nodeRendererFactory((context) -> new MarkdownNodes(context, ids))
			.attributeProviderFactory((context) -> (node, tag, attributes) -> {
				// sanitizing makes every link nofollow: not the lab's own; another site's
				// gets noopener instead
				if (node instanceof Link link) {
					if (link.getDestination().matches("https?://.*")) {
						attributes.put("rel", "noopener");
					}
					else {
						attributes.remove("rel");
					}
				}
			})
			.build();
		return new Rendered(renderer.render(document), chapters);
	}

	/** Each heading's id, in the order of the document, as GitHub gives them. */
	private static Map<Heading, String> ids(Node document) {
		IdGenerator generator = IdGenerator.builder().build();
		// a node is equal only to itself: the map keeps the headings in order
		Map<Heading, String> ids = new LinkedHashMap<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				ids.put(heading, generator.generateId(textOf(heading).toLowerCase(Locale.ROOT)));
			}
		});
		return ids;
	}

	/** A heading's text: its words and code, as GitHub reads it for the id. */
	static String textOf(Node heading) {
		StringBuilder text = new StringBuilder();
		heading.accept(new AbstractVisitor() {
			@Override
			public void visit(Text node) {
				text.append(node.getLiteral());
			}

			@Override
			public void visit(Code node) {
				text.append(node.getLiteral());
			}
		});
		return text.toString().strip();
	}

	/** What the renderer asks of the lab. */
	interface Lab {

		/**
		 * The curl's experiment, its body named as its request names the fields, or empty
		 * when the lab has no such experiment.
		 */
		Optional<RunIt> experiment(RunIt curl);

		/** Where the lab shows the code of the source file at a repository path. */
		Optional<String> sourceOf(String file);

		/** Where the lab serves the repository file at a path. */
		Optional<String> addressOf(String file);

	}

	/**
	 * A document as HTML.
	 *
	 * @param html the rendered body
	 * @param headings its headings in order, with their ids
	 */
	record Rendered(String html, List<Section> headings) {

		/** The chapters: the headings of level 2. */
		List<Section> chapters() {
			return this.headings.stream().filter((heading) -> heading.level() == 2).toList();
		}

	}

	/**
	 * A heading, where its section starts.
	 *
	 * @param level 1 to 6
	 * @param id its id
	 * @param title its text
	 * @param line its line in the Markdown, from 0
	 */
	record Section(int level, String id, String title, int line) {
	}

}
