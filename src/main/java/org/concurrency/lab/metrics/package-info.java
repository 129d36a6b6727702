/**
 * Observability: every run recorded in the seed's per-operation summary and in Micrometer
 * meters for Prometheus, and a snapshot of the host and the JVM (OSHI and the JVM's
 * MXBeans).
 */
@NullMarked
package org.concurrency.lab.metrics;

import org.jspecify.annotations.NullMarked;
