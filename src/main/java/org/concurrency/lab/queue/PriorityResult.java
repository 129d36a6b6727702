package org.concurrency.lab.queue;

import java.util.List;

/**
 * The same items through two priority queues.
 *
 * @param arrival the items in the order they were put
 * @param taken the order taken out of the queue ordered by priority, then by arrival
 * number: the stable order
 * @param withoutTiebreak the order taken out of the queue ordered by priority alone
 * @param tieInversions in {@code taken}, pairs of equal priority out of arrival order:
 * always 0
 * @param withoutTiebreakTieInversions in {@code withoutTiebreak}, pairs of equal priority
 * out of arrival order
 * @param sortedByPriority whether both orders are sorted by priority: the heap's promise
 */
public record PriorityResult(List<PriorityOrder.PriorityItem> arrival, List<PriorityOrder.PriorityItem> taken,
		List<PriorityOrder.PriorityItem> withoutTiebreak, int tieInversions, int withoutTiebreakTieInversions,
		boolean sortedByPriority) {
}
