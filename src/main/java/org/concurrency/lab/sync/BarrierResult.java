package org.concurrency.lab.sync;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * How the parties of {@code sync/barrier} kept in step.
 *
 * @param variants with a {@code CyclicBarrier}, then without one
 */
public record BarrierResult(List<Variant> variants) {

	/**
	 * One way to run the generations.
	 *
	 * @param variant {@code cyclic-barrier} or {@code no-barrier}
	 * @param parties each party's thread, by party index
	 * @param overlaps times a party began a generation while another party still worked
	 * on the one before
	 * @param generations each generation
	 * @param durationMs wall time of this variant
	 */
	public record Variant(String variant, List<String> parties, int overlaps, List<Generation> generations,
			double durationMs) {
	}

	/**
	 * One generation.
	 *
	 * @param generation its index
	 * @param arrivalOrder the parties, by index, in the order they finished their piece
	 * of it
	 * @param workMs each party's piece of work, by party index
	 * @param firstStartMs when its first party began it, in milliseconds since the run
	 * began
	 * @param lastEndMs when its last party finished it
	 * @param trippedAtMs when the barrier's action ran for it, once every party had
	 * arrived (barrier only)
	 * @param overlapped whether some party began the next generation before this one was
	 * finished by all
	 */
	public record Generation(int generation, List<Integer> arrivalOrder, List<Integer> workMs, double firstStartMs,
			double lastEndMs, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Double trippedAtMs,
			boolean overlapped) {
	}

}
