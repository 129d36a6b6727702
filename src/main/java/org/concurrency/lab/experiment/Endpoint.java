package org.concurrency.lab.experiment;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a variant is served and what it shows: {@code POST /<topic>/<label>}, documented
 * by its summary. On a variant class, or on each constant of a variant enum.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.FIELD })
public @interface Endpoint {

	/** The variant's name in its URL and in the report's {@code method}. */
	String label();

	/** What it shows, in a line. */
	String summary();

}
