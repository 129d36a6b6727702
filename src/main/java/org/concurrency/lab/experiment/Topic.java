package org.concurrency.lab.experiment;

import java.util.List;

/**
 * A topic and its variants: the registry the lab serves them from. Each variant is a
 * {@code POST /<topic>/<label>} endpoint, its body the variant's request, its answer the
 * run's report, documented by the variant's own summary; the index, the OpenAPI document
 * and the page list them from here. A topic declares itself by subclassing this in its
 * package, as its controller.
 */
public abstract class Topic {

	private final String name;

	private final String description;

	private final List<Variant<?, ?>> variants;

	/**
	 * @param description what its experiments are about, in a line
	 * @param variants its variants, in the order the lab lists them; their
	 * {@link TopicName} names the topic
	 */
	protected Topic(String description, Variant<?, ?>... variants) {
		this.variants = List.of(variants);
		this.name = this.variants.getFirst().topic();
		this.description = description;
		for (Variant<?, ?> variant : this.variants) {
			if (!variant.topic().equals(name)) {
				throw new IllegalArgumentException(
						variant.label() + " belongs to " + variant.topic() + ", not " + name);
			}
		}
	}

	public String name() {
		return this.name;
	}

	public String description() {
		return this.description;
	}

	public List<Variant<?, ?>> variants() {
		return this.variants;
	}

	/** Where a variant is served. */
	public static String path(Variant<?, ?> variant) {
		return "/" + variant.topic() + "/" + variant.label();
	}

}
