/**
 * Virtual threads on JDK 25: what still pins a virtual thread to its carrier after JEP
 * 491 (a native frame, a class initialiser; no longer {@code synchronized}), counted from
 * the JDK's own {@code jdk.VirtualThreadPinned} events; and what the scheduler under them
 * does with work that waits and work that computes. Each runs in a child JVM whose
 * scheduler has exactly the carriers the run asks for.
 */
@NullMarked
package org.concurrency.lab.virtualthread;

import org.jspecify.annotations.NullMarked;
