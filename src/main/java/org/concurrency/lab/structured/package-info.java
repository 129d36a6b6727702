/**
 * Structured concurrency, Java 25's own lesson: {@code StructuredTaskScope} (a preview
 * API of JDK 25, JEP 505) forking subtasks on virtual threads and joining them as one,
 * beside what it replaces ({@code ExecutorService}, {@code CompletableFuture.allOf},
 * {@code ThreadLocal}). The lessons themselves are compiled apart, with
 * {@code --enable-preview}, from {@code src/preview/java}, and loaded through
 * {@code PreviewClasses} only in a JVM that can run them; here are only their requests,
 * results, notes and endpoints.
 */
@NullMarked
package org.concurrency.lab.structured;

import org.jspecify.annotations.NullMarked;
