package org.concurrency.lab.virtualthread;

import java.util.List;

/**
 * The JDK that ran a child JVM, and the flags it was started with that matter to the
 * lesson.
 *
 * @param version {@code Runtime.version()} in the child
 * @param feature its feature release: 21, 24, 25…
 * @param flags the options the lab started it with for this run
 */
public record JdkInfo(String version, int feature, List<String> flags) {
}
