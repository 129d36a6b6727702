/**
 * Deadlocks: a real one, found by the JVM's own detector and broken by interrupting a
 * worker; and the ways out of it: one global lock order, {@code tryLock} with a timeout
 * and back-off, and the seed's bank transfer done both ways.
 */
@NullMarked
package org.concurrency.lab.deadlock;

import org.jspecify.annotations.NullMarked;
