/**
 * The Concurrency Lab: a server that runs concurrency experiments on request and reports
 * what the JVM did.
 */
@NullMarked
package org.concurrency.lab;

import org.jspecify.annotations.NullMarked;
