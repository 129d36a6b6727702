package org.concurrency.lab.experiment;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request field's lab limit, stated on the field beside its range: a number at most the
 * limit itself, or seconds (a {@code Double}) at most the limit's milliseconds. The
 * engine checks it before the request's own {@link LabRequest#check}, which keeps the
 * limits that depend on other fields.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface AtMost {

	/** The limit, such as {@link Limit#TASKS}. */
	Limit value();

}
