/**
 * The Java Memory Model, made visible in the way of openjdk/jcstress: two actor threads
 * run a few lines on fresh shared fields millions of times, and the lab counts each
 * outcome, graded acceptable, interesting (allowed, and weak) or forbidden, for plain,
 * volatile, acquire/release and opaque fields.
 */
@NullMarked
package org.concurrency.lab.memorymodel;

import org.jspecify.annotations.NullMarked;
