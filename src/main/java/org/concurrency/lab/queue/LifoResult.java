package org.concurrency.lab.queue;

import java.util.List;

/**
 * The same items out of a stack and out of a queue.
 *
 * @param putOrder the order the items were put
 * @param lifoOrder the order taken out of the deque used as a stack ({@code putFirst},
 * {@code takeFirst})
 * @param fifoOrder the order taken out of the deque used as a queue ({@code putLast},
 * {@code takeFirst})
 * @param lifoReversed whether the stack gave the items back in reverse
 * @param fifoInOrder whether the queue gave them back in the order put
 */
public record LifoResult(List<Integer> putOrder, List<Integer> lifoOrder, List<Integer> fifoOrder, boolean lifoReversed,
		boolean fifoInOrder) {
}
