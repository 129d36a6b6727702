/**
 * Semaphores: counted permits that bound how many threads do something at once or how
 * often. A rate limiter whose permits come back one period after use, the highest
 * concurrency observed with and without a semaphore, a release beyond the initial count
 * caught by a bounded semaphore, and a connection pool with acquire timeouts and health
 * checks. Each proves its point with counts a user can check.
 */
@NullMarked
package org.concurrency.lab.semaphore;

import org.jspecify.annotations.NullMarked;
