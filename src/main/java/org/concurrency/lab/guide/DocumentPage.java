package org.concurrency.lab.guide;

import java.util.List;

import org.concurrency.lab.guide.Markdown.Rendered;
import org.concurrency.lab.guide.Markdown.Section;

import org.springframework.web.util.HtmlUtils;

/**
 * A rendered document as a page of the lab: the lab's style, a header back to the lab and
 * to Swagger UI, the chapters as contents beside the text.
 */
final class DocumentPage {

	// the lab's icon, as its page has it (a % doubled for formatted())
	private static final String PAGE = """
			<!doctype html>
			<html lang="en">
			<head>
			<meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<meta name="color-scheme" content="light dark">
			<title>%1$s · Concurrency Lab</title>
			<link rel="icon" href="data:image/svg+xml,%%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%%3E%%3Crect y='2' width='10' height='3' fill='%%234e79a7'/%%3E%%3Crect x='4' y='7' width='12' height='3' fill='%%23f28e2b'/%%3E%%3Crect x='2' y='12' width='8' height='3' fill='%%2359a14f'/%%3E%%3C/svg%%3E">
			<link rel="stylesheet" href="/lab/lab.css">
			<script type="module" src="/lab/document.js"></script>
			</head>
			<body class="document-page">
			<a class="skip" href="#document">Skip to the text</a>
			<header class="top">
				<p class="brand"><a href="/">Concurrency Lab</a></p>
				<nav aria-label="The lab's pages">
					<a href="/">Experiments</a>
					<a href="/guide">Guide</a>
					<a href="/swagger-ui">Swagger UI</a>
					<button type="button" class="theme-toggle" aria-pressed="false">Dark theme</button>
				</nav>
			</header>
			<div class="document-layout">
				<nav class="contents" aria-labelledby="contents-title">
					<h2 id="contents-title">Contents</h2>
					<ol>
			%2$s
					</ol>
				</nav>
				<main id="document" class="guide-text" tabindex="-1" data-file="%3$s">
			%4$s
				</main>
			</div>
			</body>
			</html>
			""";

	private DocumentPage() {
	}

	/** The page of {@code file}, titled by its first heading. */
	static String of(String file, Rendered rendered) {
		List<Section> headings = rendered.headings();
		String title = headings.isEmpty() ? file : headings.getFirst().title();
		StringBuilder contents = new StringBuilder();
		for (Section chapter : rendered.chapters()) {
			contents.append("\t\t\t<li><a href=\"#")
				.append(escape(chapter.id()))
				.append("\">")
				.append(escape(chapter.title()))
				.append("</a></li>\n");
		}
		return PAGE.formatted(escape(title), contents, escape(file), rendered.html());
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
