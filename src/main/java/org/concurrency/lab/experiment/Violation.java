package org.concurrency.lab.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One parameter out of its allowed range.
 *
 * @param field the parameter, as the request names it
 * @param rejectedValue what the request gave
 * @param allowed the allowed range, in words
 * @param limit the {@code lab.limits.*} property (or the JVM option, {@code -Xmx}) that
 * sets the range, if one does
 */
public record Violation(String field, @Nullable Object rejectedValue, String allowed,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String limit) {
}
