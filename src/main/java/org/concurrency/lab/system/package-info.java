/**
 * What every topic shares on the web side: error answers as RFC 9457 problem details, the
 * text rendering of reports, the OpenAPI document, the index at {@code /} and the seed's
 * paths for health and Prometheus.
 */
@NullMarked
package org.concurrency.lab.system;

import org.jspecify.annotations.NullMarked;
