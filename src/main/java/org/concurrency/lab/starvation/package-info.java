/**
 * Starvation: threads contending for one lock, unfair (the default: a thread releasing
 * the lock can take it straight back, ahead of those waiting) against fair (the longest
 * waiter gets it next), with how often the lock changed hands and how long each thread
 * waited.
 */
@NullMarked
package org.concurrency.lab.starvation;

import org.jspecify.annotations.NullMarked;
