/**
 * Queues that carry work between threads: producers and consumers over a bounded
 * {@code BlockingQueue} ended by poison pills, priority order kept stable by an arrival
 * number, a deque used as a stack, and what {@code put}, {@code offer} and {@code offer}
 * with a timeout do when the queue is full. Every item has an id, so loss and duplication
 * are counted, not guessed.
 */
@NullMarked
package org.concurrency.lab.queue;

import org.jspecify.annotations.NullMarked;
