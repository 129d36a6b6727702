package org.concurrency.lab.experiment;

/**
 * The heap a run will hold while it runs: {@code count} things of about {@code bytesEach}
 * bytes, asked for by request field {@code field}. The engine reserves it before the run
 * starts ({@link Variant#heapNeed}) and gives it back when it ends.
 *
 * @param field the request's field that sets the count, as a refusal names it
 * @param count how many
 * @param bytesEach about how many bytes each holds
 */
public record HeapNeed(String field, long count, long bytesEach) {

	/** Nothing worth reserving. */
	public static final HeapNeed NONE = new HeapNeed("", 0, 0);

	long bytes() {
		return this.count * this.bytesEach;
	}

}
